using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Kernel.Mutations;

internal static class ReferenceChecks
{
    /// <summary>
    /// Reports a <see cref="NotFoundError"/> for every ID in <paramref name="references"/> that casavi
    /// does not know, all in one DataLoader round: every ID is queued before any result is awaited,
    /// so each loader sends one batch and the loaders send theirs at once (one wave, not one per
    /// reference). What the loaders find stays cached for the payload's fields.
    /// </summary>
    public static async Task RequireExistingAsync(this InputValidator check, IReadOnlyList<Reference> references, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!check.AreWellFormed(references))
            return;
        var queued = references.Select(reference => reference.Exist(services)).ToList();
        var found = await Task.WhenAll(queued.Select(result => result.GetResultAsync(cancellationToken)));
        for (var i = 0; i < references.Count; i++)
        {
            foreach (var missing in references[i].Missing(found[i], check))
                check.Add(missing);
        }
    }

    /// <summary>Reports every referenced ID casavi could not be asked about (see <see cref="ReferenceIds"/>); true when there is none.</summary>
    private static bool AreWellFormed(this InputValidator check, IReadOnlyList<Reference> references)
    {
        var wellFormed = true;
        foreach (var reference in references)
        {
            for (var i = 0; i < reference.Ids.Count; i++)
            {
                if (ReferenceIds.Problem(reference.Ids[i]) is not { } problem)
                    continue;
                check.Add(new ValidationError($"'{reference.Field}' {problem}.", check.PathOf(reference.Field, reference.IsList ? i : null)));
                wellFormed = false;
            }
        }

        return wellFormed;
    }
}
