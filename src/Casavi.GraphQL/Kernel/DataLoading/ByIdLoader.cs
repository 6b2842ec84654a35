using Casavi.Client.Errors;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>Loads entities that casavi serves only by id: one request per distinct key, all in parallel.</summary>
public abstract class ByIdLoader<TValue>() : BatchLoader<string, TValue>(StringComparer.Ordinal)
    where TValue : class
{
    protected abstract string KeyOf(TValue value);

    /// <summary>Fetches one entity; casavi's 404 means the key resolves to null.</summary>
    protected abstract Task<TValue> GetByIdAsync(string key, CancellationToken cancellationToken);

    protected override async Task<IReadOnlyDictionary<string, TValue>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var values = await Task.WhenAll(keys.Select(key => GetOrNullAsync(key, cancellationToken)));
        return values.OfType<TValue>().ToDictionary(KeyOf, StringComparer.Ordinal);
    }

    private async Task<TValue?> GetOrNullAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await GetByIdAsync(key, cancellationToken);
        }
        catch (CasaviNotFoundException)
        {
            return null;
        }
    }
}
