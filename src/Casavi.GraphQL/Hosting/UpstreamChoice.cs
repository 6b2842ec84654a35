namespace Casavi.GraphQL.Hosting;

/// <summary>
/// Decides between the embedded sandbox and a real casavi. Fake data is only ever served by choice:
/// <c>Casavi:Upstream=Sandbox</c>, or no casavi settings at all in Development (the README's run command).
/// </summary>
public static class UpstreamChoice
{
    public const string UpstreamKey = "Casavi:Upstream";
    public const string BaseUrlKey = "Casavi:BaseUrl";
    public const string KeyKey = "Casavi:Key";
    public const string SecretKey = "Casavi:Secret";
    public const string AccountsKey = "Casavi:Accounts";

    public static UpstreamKind Decide(IConfiguration configuration, IHostEnvironment environment)
    {
        var chosen = configuration[UpstreamKey];
        if (!string.IsNullOrWhiteSpace(chosen))
        {
            var name = Enum.GetNames<UpstreamKind>().FirstOrDefault(name => name.Equals(chosen.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new GatewaySettingsException($"{EnvironmentName(UpstreamKey)} must be Sandbox or Casavi.");
            var kind = Enum.Parse<UpstreamKind>(name);
            if (kind == UpstreamKind.Casavi)
                RequireCasaviSettings(configuration);
            return kind;
        }

        var casaviSettings = new[] { BaseUrlKey, KeyKey, SecretKey }.Where(key => !string.IsNullOrWhiteSpace(configuration[key])).ToList();
        if (casaviSettings.Count == 0 && !HasNamedAccounts(configuration) && environment.IsDevelopment())
            return UpstreamKind.Sandbox;
        RequireCasaviSettings(configuration);
        return UpstreamKind.Casavi;
    }

    /// <summary>Accounts under <c>Casavi:Accounts</c>; their settings are checked with the client's.</summary>
    private static bool HasNamedAccounts(IConfiguration configuration) => configuration.GetSection(AccountsKey).GetChildren().Any();

    private static void RequireCasaviSettings(IConfiguration configuration)
    {
        if (HasNamedAccounts(configuration))
            return;
        var missing = new[] { BaseUrlKey, KeyKey, SecretKey }.Where(key => string.IsNullOrWhiteSpace(configuration[key])).Select(EnvironmentName).ToList();
        if (missing.Count > 0)
        {
            throw new GatewaySettingsException(
                $"no casavi account is configured (missing {string.Join(", ", missing)}). " +
                $"Set {EnvironmentName(BaseUrlKey)}, {EnvironmentName(KeyKey)} and {EnvironmentName(SecretKey)}, " +
                $"or {EnvironmentName(UpstreamKey)}=Sandbox to serve the embedded sandbox's generated data.");
        }
    }

    /// <summary>Settings are named as operators set them: environment variables, <c>__</c> for <c>:</c>.</summary>
    private static string EnvironmentName(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
