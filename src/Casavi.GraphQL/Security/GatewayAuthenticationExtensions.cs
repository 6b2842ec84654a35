using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Casavi.GraphQL.Security;

public static class GatewayAuthenticationExtensions
{
    private const string CallerScheme = "Caller";
    private const string CallerPolicy = "Caller";

    /// <summary>
    /// Authenticates callers by API key or JWT (<see cref="AuthSettings"/>), checked at start. The scheme is
    /// chosen by the credentials sent; challenges answer 401 with <c>WWW-Authenticate</c>.
    /// </summary>
    public static WebApplicationBuilder AddGatewayAuthentication(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AuthSettings.SectionName);
        builder.Services.AddOptions<AuthSettings>().Bind(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AuthSettings>, AuthSettingsValidator>();
        var jwt = section.GetSection(nameof(AuthSettings.Jwt)).Get<AuthSettings.JwtSettings>() ?? new AuthSettings.JwtSettings();

        var authentication = builder.Services
            .AddAuthentication(CallerScheme)
            .AddPolicyScheme(CallerScheme, null, scheme =>
            {
                scheme.ForwardDefaultSelector = context =>
                    jwt.IsConfigured && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? JwtBearerDefaults.AuthenticationScheme
                        : ApiKeyAuthenticationHandler.SchemeName;
                scheme.ForwardChallenge = ApiKeyAuthenticationHandler.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        if (jwt.IsConfigured)
            authentication.AddJwtBearer(bearer => Configure(bearer, jwt));

        builder.Services.AddAuthorizationBuilder().AddPolicy(CallerPolicy, policy => policy.RequireAssertion(context =>
            context.User.Identity?.IsAuthenticated == true
            || (context.Resource as HttpContext)?.RequestServices.GetRequiredService<IOptions<AuthSettings>>().Value.AllowAnonymous == true));
        return builder;
    }

    /// <summary>
    /// Authenticates, authorizes and binds the caller's casavi account from here on in the pipeline: what comes before (the IDE page and its
    /// files, which browsers load without credentials) is served to anyone.
    /// </summary>
    public static WebApplication UseCallers(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app.UseCallerAccounts();
    }

    /// <summary>Only callers <see cref="AddGatewayAuthentication"/> let in reach <paramref name="endpoint"/>; the rest get 401 before their request is read.</summary>
    public static TBuilder RequireCaller<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(CallerPolicy);

    private static void Configure(JwtBearerOptions bearer, AuthSettings.JwtSettings jwt)
    {
        // Claims keep the names the token uses ("scope", "scp", "sub"), which is what scopes are read from.
        bearer.MapInboundClaims = false;
        bearer.Audience = jwt.Audience;
        if (!string.IsNullOrWhiteSpace(jwt.Authority))
            bearer.Authority = jwt.Authority;
        if (!string.IsNullOrWhiteSpace(jwt.SigningKey))
        {
            bearer.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                IssuerSigningKey = JwtSigningKey.From(jwt.SigningKey),
                NameClaimType = "sub",
            };
        }
    }
}
