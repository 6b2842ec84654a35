using System.Text.Json;

namespace Casavi.GraphQL.Tests.Errors;

/// <summary>What no error message may show a caller: casavi's address, its paths or the gateway's .NET types.</summary>
internal static class ErrorMessageAssert
{
    public static void ShowNoInternals(JsonElement response, int? casaviPort = null)
    {
        foreach (var error in response.GetProperty("errors").EnumerateArray())
        {
            var message = error.GetProperty("message").GetString()!;
            Assert.DoesNotContain("127.0.0.1", message, StringComparison.Ordinal);
            Assert.DoesNotContain("localhost", message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("/v2/", message, StringComparison.Ordinal);
            Assert.DoesNotContain("Casavi.Contract", message, StringComparison.Ordinal);
            Assert.DoesNotContain("GraphQL.", message, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
            if (casaviPort is { } port)
                Assert.DoesNotContain(port.ToString(System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
        }
    }

    public static string Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString()!;
}
