namespace Casavi.Sandbox.Tests.Infrastructure;

/// <summary>Checks casavi's error answers: status code and the exact error body.</summary>
public static class ErrorBody
{
    public static async Task AssertAsync(HttpResponseMessage response, HttpStatusCode status, string message)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        var expected = JsonSerializer.Serialize(new { statusCode = (int)status, error = ReasonPhrase(status), message });
        Assert.Equal(expected, body);
    }

    /// <summary>Status and a message that contains the given text (validation messages name the field).</summary>
    public static async Task AssertContainsAsync(HttpResponseMessage response, HttpStatusCode status, string messagePart)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal((int)status, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(ReasonPhrase(status), body.GetProperty("error").GetString());
        Assert.Contains(messagePart, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static string ReasonPhrase(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => "Bad Request",
        HttpStatusCode.Unauthorized => "Unauthorized",
        HttpStatusCode.NotFound => "Not Found",
        HttpStatusCode.Conflict => "Conflict",
        HttpStatusCode.RequestEntityTooLarge => "Payload Too Large",
        HttpStatusCode.TooManyRequests => "Too Many Requests",
        HttpStatusCode.ServiceUnavailable => "Service Unavailable",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "No reason phrase known to the tests."),
    };
}
