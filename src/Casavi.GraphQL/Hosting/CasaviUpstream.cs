namespace Casavi.GraphQL.Hosting;

/// <summary>Which casavi the gateway talks to: the embedded sandbox or a configured instance.</summary>
public sealed record CasaviUpstream(bool IsEmbeddedSandbox, Uri BaseUrl)
{
    /// <summary>Scheme, host, port and path only: never user info that may carry credentials.</summary>
    public string DisplayUrl => BaseUrl.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    public string Describe() => IsEmbeddedSandbox
        ? $"the embedded casavi sandbox at {DisplayUrl} (generated data, not a casavi account)"
        : $"casavi at {DisplayUrl}";
}
