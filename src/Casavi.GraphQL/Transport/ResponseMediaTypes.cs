using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Casavi.GraphQL.Transport;

/// <summary>Content negotiation for GraphQL responses (GraphQL over HTTP).</summary>
internal static class ResponseMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither (406).
    /// The GraphQL response media type goes only to clients that name it (at no lower quality than
    /// JSON); no Accept header, <c>*/*</c> or <c>application/*</c> mark a legacy client, which the
    /// GraphQL-over-HTTP spec says should get <c>application/json</c>.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
            return Json;

        var graphQL = BestMatch("graphql-response+json", accept);
        var json = BestMatch("json", accept);
        var graphQLQuality = QualityOf(graphQL);
        var jsonQuality = QualityOf(json);
        if (graphQLQuality <= 0 && jsonQuality <= 0)
            return null;
        if (graphQLQuality > 0 && graphQLQuality >= jsonQuality && IsNamed(graphQL!))
            return GraphQLResponseJson;
        return jsonQuality > 0 ? Json : GraphQLResponseJson;
    }

    /// <summary>The most specific range that matches application/{subType} (RFC 9110, 12.5.1), or null.</summary>
    private static MediaTypeHeaderValue? BestMatch(string subType, IList<MediaTypeHeaderValue> accept)
    {
        MediaTypeHeaderValue? best = null;
        foreach (var range in accept)
        {
            if (Matches(range, subType) && (best is null || Specificity(range) > Specificity(best)))
                best = range;
        }

        return best;
    }

    private static double QualityOf(MediaTypeHeaderValue? range) => range is null ? 0 : range.Quality ?? 1;

    private static bool IsNamed(MediaTypeHeaderValue range) => !range.MatchesAllTypes && !range.MatchesAllSubTypes;

    // MediaTypeHeaderValue.IsSubsetOf would count application/graphql-response+json as application/json
    // (structured suffix), which would make a plain application/json client get the new media type.
    private static bool Matches(MediaTypeHeaderValue range, string subType) =>
        (range.MatchesAllTypes
            || (range.Type.Equals("application", StringComparison.OrdinalIgnoreCase)
                && (range.MatchesAllSubTypes || range.SubType.Equals(subType, StringComparison.OrdinalIgnoreCase))))
        && (!range.Charset.HasValue || range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static int Specificity(MediaTypeHeaderValue range) =>
        range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : range.Charset.HasValue ? 3 : 2;
}
