using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Kernel.Mutations;

public static class ReferenceChecks
{
    /// <summary>
    /// Reports a <see cref="NotFoundError"/> for each ID in <paramref name="ids"/> that casavi does not
    /// know, at its own path (<c>field</c>, or <c>field/index</c> for lists). Reads go through the
    /// request's loader: one batch, and what it finds is cached for the payload's fields.
    /// </summary>
    public static async Task RequireExistingAsync<TValue>(
        this InputValidator check, BatchLoader<string, TValue> loader, string entityType, string field, IReadOnlyList<string> ids, bool isList, CancellationToken cancellationToken)
    {
        var found = await loader.LoadManyAsync(ids).GetResultAsync(cancellationToken);
        for (var i = 0; i < ids.Count; i++)
        {
            if (found[i] is null)
                check.Add(new NotFoundError($"{entityType} '{ids[i]}' does not exist in casavi.", check.PathOf(field, isList ? i : null), entityType, ids[i]));
        }
    }
}
