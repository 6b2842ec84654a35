using System.Collections.Concurrent;
using Casavi.Contract;

namespace Casavi.Client.Tests.Support;

/// <summary>
/// The primary handler of the casavi clients in tests: issues tokens on POST /v2/authenticate,
/// answers every other request with <see cref="OnApi"/>, records all requests and counts those in flight.
/// </summary>
internal sealed class StubCasavi(TimeProvider time) : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> received = new();
    private int tokensIssued;
    private int inFlight;
    private int maxInFlight;

    public Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> OnApi { get; set; } =
        (_, _) => Task.FromResult(StubAnswers.Json(Fixtures.Property("P-1")));

    /// <summary>Replaces the token issuer, e.g. to refuse the credentials.</summary>
    public Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>? OnAuthenticate { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public IReadOnlyList<RecordedRequest> Requests => [.. received];

    public IReadOnlyList<RecordedRequest> ApiRequests => [.. received.Where(request => !request.IsAuthenticate)];

    public int AuthenticateCount => received.Count(request => request.IsAuthenticate);

    public int InFlight => Volatile.Read(ref inFlight);

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public static string TokenNumber(int number) => $"tok-{number}-7c1e94";

    public Task<HttpResponseMessage> IssueTokenAsync()
    {
        var number = Interlocked.Increment(ref tokensIssued);
        return Task.FromResult(StubAnswers.Json(new TokenResponse(TokenNumber(number), time.GetUtcNow() + TokenLifetime)));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var recorded = await RecordedRequest.FromAsync(request, cancellationToken);
        received.Enqueue(recorded);
        var response = recorded.IsAuthenticate
            ? await (OnAuthenticate?.Invoke(recorded, cancellationToken) ?? IssueTokenAsync()).WaitAsync(cancellationToken)
            : await AnswerApiAsync(recorded, cancellationToken);
        response.RequestMessage = request;
        return response;
    }

    private async Task<HttpResponseMessage> AnswerApiAsync(RecordedRequest request, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref inFlight);
        InterlockedMax(ref maxInFlight, now);
        try
        {
            // A scripted answer that waits for a gate still ends when the attempt is cancelled.
            return await OnApi(request, cancellationToken).WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var actual && actual != seen)
            seen = actual;
    }
}
