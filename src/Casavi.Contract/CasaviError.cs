namespace Casavi.Contract;

/// <summary>The body of a 4xx/5xx answer (assumed shape, see the OpenAPI document).</summary>
public sealed record CasaviError
{
    public int StatusCode { get; init; }

    public string? Error { get; init; }

    public string? Message { get; init; }
}
