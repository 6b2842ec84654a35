namespace Casavi.GraphQL.Security;

/// <summary>A caller refused before its GraphQL request is read, answered in the shape of a GraphQL error response.</summary>
internal static class CallerRefusal
{
    public static Task WriteAsync(HttpResponse response, int statusCode, string message, string code, int? retryAfterSeconds = null)
    {
        response.StatusCode = statusCode;
        var extensions = new Dictionary<string, object> { ["code"] = code };
        if (retryAfterSeconds is { } seconds)
            extensions["retryAfterSeconds"] = seconds;
        return response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions } } }, response.HttpContext.RequestAborted);
    }
}
