using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Casavi.GraphQL.Transport;

/// <summary>Content negotiation for GraphQL responses (GraphQL over HTTP).</summary>
internal static class ResponseMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    private static readonly MediaTypeHeaderValue GraphQLResponseUtf8 = new(GraphQLResponseJson) { Charset = "utf-8" };
    private static readonly MediaTypeHeaderValue JsonUtf8 = new(Json) { Charset = "utf-8" };

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither (406).
    /// A missing Accept header or a tie prefers the GraphQL response media type.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
            return GraphQLResponseJson;

        var graphQLQuality = QualityOf(GraphQLResponseUtf8, accept);
        var jsonQuality = QualityOf(JsonUtf8, accept);
        if (graphQLQuality <= 0 && jsonQuality <= 0)
            return null;
        return graphQLQuality >= jsonQuality ? GraphQLResponseJson : Json;
    }

    /// <summary>The quality the client gives a media type: that of the most specific range matching it (RFC 9110, 12.5.1).</summary>
    private static double QualityOf(MediaTypeHeaderValue candidate, IList<MediaTypeHeaderValue> accept)
    {
        MediaTypeHeaderValue? best = null;
        foreach (var range in accept)
        {
            if (candidate.IsSubsetOf(range) && (best is null || Specificity(range) > Specificity(best)))
                best = range;
        }

        return best is null ? 0 : best.Quality ?? 1;
    }

    private static int Specificity(MediaTypeHeaderValue range) =>
        range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : range.Charset.HasValue ? 3 : 2;
}
