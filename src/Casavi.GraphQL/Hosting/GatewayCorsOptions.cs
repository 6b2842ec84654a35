namespace Casavi.GraphQL.Hosting;

/// <summary>Which browser origins may call the gateway (section "Gateway:Cors"); none by default.</summary>
public sealed class GatewayCorsOptions
{
    public const string SectionName = "Gateway:Cors";

    /// <summary>Origins such as https://app.example.com, or "*" for any origin.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>An origin is a scheme, a host and an optional port: nothing else.</summary>
    public static bool IsOrigin(string origin) =>
        origin == "*"
        || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && uri.PathAndQuery == "/"
            && !origin.EndsWith('/')
            && string.IsNullOrEmpty(uri.UserInfo));
}
