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
        var queued = references.Select(reference => reference.Exist(services)).ToList();
        var found = await Task.WhenAll(queued.Select(result => result.GetResultAsync(cancellationToken)));
        for (var i = 0; i < references.Count; i++)
        {
            foreach (var missing in references[i].Missing(found[i], check))
                check.Add(missing);
        }
    }
}
