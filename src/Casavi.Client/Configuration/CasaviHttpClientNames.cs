namespace Casavi.Client;

/// <summary>Names of the two HttpClientFactory clients; every Refit interface and the pager share <see cref="Api"/>.</summary>
internal static class CasaviHttpClientNames
{
    /// <summary>One name, so one resilience pipeline: the concurrency cap and the breaker cover all endpoints together.</summary>
    public const string Api = "casavi";

    /// <summary>POST /v2/authenticate, without the token handler (it would recurse).</summary>
    public const string Authenticate = "casavi-authenticate";
}
