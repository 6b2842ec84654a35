using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Casavi.GraphQL.Tests.Transport;

/// <summary>Requests that name their document by SHA-256, as Apollo's persisted-query link and GraphQL over HTTP send them.</summary>
internal static class PersistedQueryRequests
{
    public static string HashOf(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <param name="query">Sent along with the hash (registration), or left out (hash only).</param>
    public static HttpRequestMessage Post(string hash, string? query = null) => new(HttpMethod.Post, "/graphql")
    {
        Content = JsonContent.Create(new { query, extensions = Extensions(hash) }),
    };

    public static HttpRequestMessage Get(string hash) =>
        GraphQLHttp.Get("extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(Extensions(hash))), GraphQLHttp.GraphQLResponseJson);

    public static HttpRequestMessage PostDocumentId(string hash) =>
        GraphQLHttp.Post(JsonSerializer.Serialize(new { documentId = "sha256:" + hash }));

    private static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };
}
