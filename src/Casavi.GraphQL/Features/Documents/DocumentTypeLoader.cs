using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Documents;

/// <summary>
/// Document types by ID, or by name when no ID matches: casavi serves them only as a (short) list,
/// and a document's <c>type</c> may hold either. The list is walked once per batch, stopping early
/// when every key has matched an ID.
/// </summary>
public sealed class DocumentTypeLoader(ResourceLoader<DocumentType> types, IServiceProvider services, ListScanner scanner) : BatchLoader<string, DocumentType>(StringComparer.Ordinal)
{
    protected override async Task<IReadOnlyDictionary<string, DocumentType>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var missing = new HashSet<string>(keys, StringComparer.Ordinal);
        var byId = new Dictionary<string, DocumentType>(StringComparer.Ordinal);
        var byName = new Dictionary<string, DocumentType>(StringComparer.Ordinal);
        var search = new KeySearch(missing.Count);
        await foreach (var type in types.Resource.WalkAsync(services, scanner, WalkDemand.UntilFound(search), cancellationToken))
        {
            Prime(type.Id, type);
            types.Prime(type);
            if (missing.Remove(type.Id))
            {
                byId[type.Id] = type;
                search.RecordFound();
            }

            if (missing.Contains(type.Name))
                byName.TryAdd(type.Name, type);
            if (missing.Count == 0)
                break;
        }

        foreach (var (name, type) in byName.Where(match => missing.Contains(match.Key)))
            byId[name] = type;
        return byId;
    }
}
