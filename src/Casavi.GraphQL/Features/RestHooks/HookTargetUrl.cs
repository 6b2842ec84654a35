using System.Net;
using Casavi.GraphQL.Kernel.Mutations;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Features.RestHooks;

/// <summary>
/// Where casavi may deliver events: an absolute https URL (events carry tenant data) on a host with
/// public addresses only, so callers cannot point casavi (or whatever relays its events) at the
/// gateway's own network or a cloud metadata service. Hosts in <c>Gateway:RestHooks:AllowedHosts</c>
/// skip the address check. Credentials in the URL are refused: casavi would list them to everyone who can read the hooks.
/// </summary>
internal static class HookTargetUrl
{
    private const int MaxLength = 2048;

    /// <summary>The form of the URL; no I/O.</summary>
    public static void Check(InputValidator check, string? value, string field)
    {
        if (!check.Required(value, field))
            return;
        if (value!.Length > MaxLength)
            check.Fail(field, $"'{field}' may have at most {MaxLength} characters.");
        else if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            check.Fail(field, $"'{field}' must be an absolute https URL, e.g. https://example.com/casavi-events.");
        else if (!string.IsNullOrEmpty(url.UserInfo))
            check.Fail(field, $"'{field}' must not contain a user name or password; authenticate the receiver another way (e.g. a secret path).");
    }

    /// <summary>The addresses of the URL's host, once <see cref="Check"/> passed.</summary>
    public static async Task CheckAddressesAsync(InputValidator check, string value, string field, IServiceProvider services, CancellationToken cancellationToken)
    {
        // IPv6 literals come bracketed ("[::1]"); names in their DNS (punycode) form.
        var host = new Uri(value).IdnHost.Trim('[', ']');
        var allowed = services.GetRequiredService<IOptions<RestHookOptions>>().Value.AllowedHosts;
        if (allowed.Contains(host, StringComparer.OrdinalIgnoreCase))
            return;

        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await services.GetRequiredService<IHostAddressResolver>().ResolveAsync(host, cancellationToken);
        if (addresses.Length == 0)
            check.Fail(field, $"'{field}' names a host that does not resolve: {host}.");
        else if (!addresses.All(PublicAddress.Is))
            check.Fail(field, $"'{field}' must name a host on the public internet; {host} resolves to a loopback, private, link-local or other non-public address. Ask the operator to add it to Gateway:RestHooks:AllowedHosts if it is an internal receiver.");
    }
}
