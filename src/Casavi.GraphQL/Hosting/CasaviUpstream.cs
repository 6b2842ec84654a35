using Casavi.Client;

namespace Casavi.GraphQL.Hosting;

/// <summary>
/// Which casavi the gateway talks to: the embedded sandbox or a configured instance, by the default
/// account (or the first configured); <see cref="Accounts"/> names every account.
/// </summary>
public sealed record CasaviUpstream(bool IsEmbeddedSandbox, Uri BaseUrl)
{
    public IReadOnlyList<string> Accounts { get; init; } = [];

    /// <summary>Scheme, host, port and path only: never user info that may carry credentials.</summary>
    public string DisplayUrl => BaseUrl.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    public string Describe() => (IsEmbeddedSandbox
        ? $"the embedded casavi sandbox at {DisplayUrl} (generated data, not a casavi account)"
        : $"casavi at {DisplayUrl}") + (Accounts.Count > 1 ? $"; casavi accounts served: {string.Join(", ", Accounts)}" : "");

    public static CasaviUpstream Of(CasaviAccounts accounts, bool isEmbeddedSandbox)
    {
        var main = accounts.Default ?? accounts.All.First();
        return new CasaviUpstream(isEmbeddedSandbox, main.Options.BaseUrl!) { Accounts = [.. accounts.All.Select(account => account.Name)] };
    }
}
