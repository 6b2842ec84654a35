using System.Text.RegularExpressions;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>Turns a path template such as <c>/v2/units/{unitId}</c> into a request path.</summary>
internal static partial class SandboxPaths
{
    public const string UnknownId = "no-such-id-4711";

    public static string PathOf(string operationKey) => operationKey[(operationKey.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    public static HttpMethod MethodOf(string operationKey) => new(operationKey[..operationKey.IndexOf(' ', StringComparison.Ordinal)]);

    /// <summary>Every path parameter filled with a real ID of the sandbox.</summary>
    public static async Task<string> FillAsync(string operationKey, SandboxIds ids)
    {
        var path = PathOf(operationKey);
        foreach (Match parameter in Parameter().Matches(path))
            path = path.Replace(parameter.Value, Uri.EscapeDataString(await ids.ForAsync(parameter.Groups[1].Value)), StringComparison.Ordinal);
        return path;
    }

    /// <summary>Every path parameter filled with an ID that exists nowhere.</summary>
    public static string FillUnknown(string operationKey) => Parameter().Replace(PathOf(operationKey), UnknownId);

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Parameter();
}
