namespace Casavi.Client.Tests.Support;

/// <summary>What the stub received, copied at arrival (the message itself may be re-sent and changed).</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Token, string? Body)
{
    public bool IsAuthenticate => Uri.AbsolutePath.EndsWith("/v2/authenticate", StringComparison.Ordinal);

    public string DecodedQuery => Uri.UnescapeDataString(Uri.Query);

    public static async Task<RecordedRequest> FromAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = request.Headers.TryGetValues("token", out var values) ? values.Single() : null;
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        return new RecordedRequest(request.Method, request.RequestUri!, token, body);
    }
}
