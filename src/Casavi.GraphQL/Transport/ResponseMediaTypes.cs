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
    /// A missing Accept header or a tie prefers the GraphQL response media type.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
            return GraphQLResponseJson;

        var graphQLQuality = QualityOf("graphql-response+json", accept);
        var jsonQuality = QualityOf("json", accept);
        if (graphQLQuality <= 0 && jsonQuality <= 0)
            return null;
        return graphQLQuality >= jsonQuality ? GraphQLResponseJson : Json;
    }

    /// <summary>The quality the client gives application/{subType}: that of the most specific matching range (RFC 9110, 12.5.1).</summary>
    private static double QualityOf(string subType, IList<MediaTypeHeaderValue> accept)
    {
        MediaTypeHeaderValue? best = null;
        foreach (var range in accept)
        {
            if (Matches(range, subType) && (best is null || Specificity(range) > Specificity(best)))
                best = range;
        }

        return best is null ? 0 : best.Quality ?? 1;
    }

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
