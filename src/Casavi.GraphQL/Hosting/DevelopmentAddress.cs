namespace Casavi.GraphQL.Hosting;

/// <summary>
/// The README's address, http://localhost:5080, for a Development run that names no address. It is a
/// default rather than a launch-profile applicationUrl because <c>dotnet run</c> lets a profile's URL
/// replace the caller's ASPNETCORE_URLS; this way every standard way of choosing the address wins.
/// </summary>
public static class DevelopmentAddress
{
    public const string Url = "http://localhost:5080";

    /// <summary>Where ASP.NET Core reads an address from (URLS, ASPNETCORE_URLS, --urls, the *_PORTS variables).</summary>
    private static readonly string[] AddressKeys = ["urls", "http_ports", "https_ports"];

    public static WebApplicationBuilder UseDevelopmentAddressByDefault(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var addressGiven = AddressKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (builder.Environment.IsDevelopment() && !addressGiven)
            builder.WebHost.UseUrls(Url);
        return builder;
    }

    /// <summary>Whether this Development run listens on <see cref="Url"/> (by default or as given), and only there.</summary>
    public static bool IsUsedBy(WebApplicationBuilder builder) =>
        builder.Environment.IsDevelopment()
        && string.Equals(builder.Configuration["urls"], Url, StringComparison.OrdinalIgnoreCase)
        && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists();
}
