using System.Net;
using System.Net.Http.Json;
using Casavi.Contract;

namespace Casavi.Client.Tests.Support;

/// <summary>Answers in casavi's shapes: JSON bodies, the error document, list pages.</summary>
internal static class StubAnswers
{
    public static HttpResponseMessage Json<T>(T body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = JsonContent.Create(body, options: CasaviJson.Options) };

    public static HttpResponseMessage Error(HttpStatusCode status, string message) =>
        Json(new CasaviError { StatusCode = (int)status, Error = status.ToString(), Message = message }, status);

    public static HttpResponseMessage Status(HttpStatusCode status) => new(status);

    public static HttpResponseMessage Page<T>(IEnumerable<T> items, string? next) =>
        Json(new Page<T> { List = [.. items], Links = next is null ? null : new PageLinks { Next = next } });

    public static HttpResponseMessage RetryAfterSeconds(HttpStatusCode status, int seconds)
    {
        var answer = Status(status);
        answer.Headers.Add("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return answer;
    }
}
