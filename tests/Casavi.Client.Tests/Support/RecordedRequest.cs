using System.Text;

namespace Casavi.Client.Tests.Support;

/// <summary>What the stub received, copied at arrival (the message itself may be re-sent and changed).</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Token, string? Body)
{
    public bool IsAuthenticate => Uri.AbsolutePath.EndsWith("/v2/authenticate", StringComparison.Ordinal);

    public string DecodedQuery => Uri.UnescapeDataString(Uri.Query);

    public static async Task<RecordedRequest> FromAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = request.Headers.TryGetValues("token", out var values) ? values.Single() : null;
        return new RecordedRequest(request.Method, request.RequestUri!, token, await ReadBodyAsync(request.Content, cancellationToken));
    }

    /// <summary>Reads the body as a transport does, by copying it out; ReadAsStringAsync would buffer it and hide a body that cannot be sent twice.</summary>
    private static async Task<string?> ReadBodyAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null) return null;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        return Encoding.UTF8.GetString(copy.ToArray());
    }
}
