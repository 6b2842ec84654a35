namespace Casavi.GraphQL.Events;

/// <summary>
/// Where casavi reaches this gateway with its events (section "Gateway:Events"), checked at start by
/// <see cref="CasaviEventSettingsValidator"/>. Without <see cref="PublicUrl"/> no event is received.
/// </summary>
public sealed class CasaviEventSettings
{
    public const string SectionName = "Gateway:Events";

    /// <summary>Absolute http(s) URL under which casavi reaches this gateway, e.g. https://gateway.example.com.</summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>Base64 of at least 32 bytes; derives each account's receiving path, so the same on every replica.</summary>
    public string? SigningKey { get; set; }

    /// <summary>What casavi calls the events the gateway registers hooks for.</summary>
    public CasaviEventNames Names { get; set; } = new();

    public bool IsOn => PublicUrl is not null;
}
