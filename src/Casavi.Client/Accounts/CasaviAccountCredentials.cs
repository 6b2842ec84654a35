namespace Casavi.Client;

/// <summary>
/// Where one casavi account is reached and how it signs in. A class rather than a record on purpose:
/// a record's ToString would print the key and secret.
/// </summary>
public sealed class CasaviAccountCredentials
{
    /// <summary>Absolute http(s) URL of the API; request paths start with /v2.</summary>
    public Uri? BaseUrl { get; set; }

    public string Key { get; set; } = "";

    public string Secret { get; set; } = "";
}
