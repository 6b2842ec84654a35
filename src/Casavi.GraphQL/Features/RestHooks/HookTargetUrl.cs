using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Features.RestHooks;

/// <summary>
/// Where casavi may deliver events: an absolute https URL, because events carry tenant data. Plain
/// http is accepted only for loopback hosts, so a receiver on the developer's own machine can be
/// wired to a local casavi stand-in; casavi itself cannot reach those. Credentials in the URL are
/// refused: casavi would list them to everyone who can read the hooks.
/// </summary>
internal static class HookTargetUrl
{
    private const int MaxLength = 2048;

    public static void Check(InputValidator check, string? value, string field)
    {
        if (!check.Required(value, field))
            return;
        if (value!.Length > MaxLength)
            check.Fail(field, $"'{field}' may have at most {MaxLength} characters.");
        else if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            check.Fail(field, $"'{field}' must be an absolute https URL, e.g. https://example.com/casavi-events.");
        else if (url.Scheme == "http" && !url.IsLoopback)
            check.Fail(field, $"'{field}' must use https; plain http is accepted only for loopback hosts (localhost, 127.0.0.1, ::1).");
        else if (!string.IsNullOrEmpty(url.UserInfo))
            check.Fail(field, $"'{field}' must not contain a user name or password; authenticate the receiver another way (e.g. a secret path).");
    }
}
