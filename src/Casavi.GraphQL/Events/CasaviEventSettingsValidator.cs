using Casavi.GraphQL.Kernel.Settings;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Events;

/// <summary>
/// Checks "Gateway:Events" at start. Outside Development a signing key is required with a public URL:
/// a per-process key would give every restart and replica other paths, and casavi hooks nobody answers.
/// </summary>
internal sealed class CasaviEventSettingsValidator(IHostEnvironment environment) : IValidateOptions<CasaviEventSettings>
{
    private const string KeyExpected = "Gateway:Events:SigningKey must be base64 of at least 32 random bytes (e.g. `openssl rand -base64 32`), the same on every replica.";

    public ValidateOptionsResult Validate(string? name, CasaviEventSettings settings)
    {
        var check = new SettingChecks();
        check.Require(
            settings.PublicUrl is null || (settings.PublicUrl.IsAbsoluteUri && settings.PublicUrl.Scheme is "https" or "http" && string.IsNullOrEmpty(settings.PublicUrl.Query)),
            "Gateway:Events:PublicUrl must be the absolute http(s) URL under which casavi reaches this gateway, without a query, e.g. https://gateway.example.com.");
        if (settings.SigningKey is not null)
            check.Require(EventReceivingPaths.KeyBytes(settings.SigningKey) is not null, KeyExpected);
        else if (settings.IsOn)
            check.Require(environment.IsDevelopment(), KeyExpected);
        var names = new[] { settings.Names.TicketCreated, settings.Names.TicketUpdated, settings.Names.PostCreated };
        check.Require(
            names.All(name => !string.IsNullOrWhiteSpace(name)) && names.Distinct(StringComparer.Ordinal).Count() == names.Length,
            "Gateway:Events:Names must give each event (TicketCreated, TicketUpdated, PostCreated) a name of its own.");
        return check.Result;
    }
}
