using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.Client;

/// <summary>
/// One casavi account with a client of its own: token cache, rate-limit pause, circuit breaker and
/// connection pool are never shared with another account. <see cref="Shared{T}"/> keeps what callers
/// of this library hold per account (caches, page hints, signing keys).
/// </summary>
public sealed class CasaviAccount : IDisposable, IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly ConcurrentDictionary<Type, Lazy<object>> shared = new();

    internal CasaviAccount(string name, CasaviClientOptions options, ServiceProvider services)
    {
        Name = name;
        Options = options;
        this.services = services;
    }

    /// <summary>As configured: <see cref="CasaviAccounts.DefaultName"/> or the key under <c>Casavi:Accounts</c>.</summary>
    public string Name { get; }

    /// <summary>The account of callers bound to none: that of the top-level <c>Casavi</c> credentials.</summary>
    public bool IsDefault => Name.Equals(CasaviAccounts.DefaultName, StringComparison.OrdinalIgnoreCase);

    public CasaviClientOptions Options { get; }

    /// <summary>This account's Refit interfaces and <see cref="Paging.ICasaviPager"/>.</summary>
    public IServiceProvider Services => services;

    /// <summary>The one <typeparamref name="T"/> of this account, created on first use.</summary>
    public T Shared<T>(Func<T> create)
        where T : class =>
        (T)shared.GetOrAdd(typeof(T), _ => new Lazy<object>(() => create())).Value;

    public void Dispose() => services.Dispose();

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
