using System.IO.Compression;
using System.Net;
using System.Text;
using Casavi.Client.Api;
using Casavi.Client.Authentication;
using Casavi.Client.Errors;
using Casavi.Client.Tests.Support;
using Casavi.Contract.Content;

namespace Casavi.Client.Tests;

/// <summary>A request refused with 401 gets one renewal and one replay.</summary>
public sealed class TokenReplayTests
{
    [Fact]
    public async Task A_401_renews_the_token_once_and_replays_the_request_once()
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnApi = (request, _) => Task.FromResult(request.Token == StubCasavi.TokenNumber(1)
            ? StubAnswers.Error(HttpStatusCode.Unauthorized, "Token expired")
            : StubAnswers.Json(Fixtures.Property("P-1")));

        var property = await harness.Get<IPropertiesApi>().GetAsync("P-1");

        Assert.Equal("P-1", property.Id);
        Assert.Equal(2, harness.Stub.AuthenticateCount);
        Assert.Equal([StubCasavi.TokenNumber(1), StubCasavi.TokenNumber(2)], harness.Stub.ApiRequests.Select(r => r.Token));
    }

    [Fact]
    public async Task A_second_401_surfaces_as_unauthorized()
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnApi = (_, _) => Task.FromResult(StubAnswers.Error(HttpStatusCode.Unauthorized, "Token invalid"));

        var error = await Assert.ThrowsAsync<CasaviUnauthorizedException>(() => harness.Get<IPropertiesApi>().GetAsync("P-1"));

        Assert.Equal("casavi GET /v2/properties/{propertyId} answered 401 Unauthorized: Token invalid", error.Message);
        Assert.Equal(2, harness.Stub.AuthenticateCount);
        Assert.Equal(2, harness.Stub.ApiRequests.Count);
    }

    [Fact]
    public async Task Concurrent_401s_for_the_same_token_cause_one_renewal()
    {
        await using var harness = new ClientHarness();
        var properties = harness.Get<IPropertiesApi>();
        await properties.GetAsync("P-0");
        var arrivedWithOldToken = 0;
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Stub.OnApi = async (request, _) =>
        {
            if (request.Token != StubCasavi.TokenNumber(1)) return StubAnswers.Json(Fixtures.Property("P-1"));
            if (Interlocked.Increment(ref arrivedWithOldToken) == 10) allArrived.SetResult();
            await allArrived.Task;
            return StubAnswers.Status(HttpStatusCode.Unauthorized);
        };

        await Task.WhenAll(Enumerable.Range(1, 10).Select(i => properties.GetAsync($"P-{i}"))).WithinLimit();

        Assert.Equal(2, harness.Stub.AuthenticateCount);
        Assert.Equal(21, harness.Stub.ApiRequests.Count);
    }

    [Fact]
    public async Task A_post_refused_with_401_is_replayed_once_with_its_body()
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnApi = (request, _) => Task.FromResult(request.Token == StubCasavi.TokenNumber(1)
            ? StubAnswers.Status(HttpStatusCode.Unauthorized)
            : StubAnswers.Json(new Post { Id = "N-1", Title = "Lift", Text = "Repair", PropertyId = "P-1" }, HttpStatusCode.Created));

        var created = await harness.Get<IPostsApi>().CreateAsync(new CreatePost { Title = "Lift", Text = "Repair", PropertyId = "P-1" });

        Assert.Equal("N-1", created.Id);
        var attempts = harness.Stub.ApiRequests;
        Assert.Equal(2, attempts.Count);
        Assert.Equal("""{"title":"Lift","text":"Repair","propertyId":"P-1"}""", attempts[0].Body);
        Assert.Equal(attempts[0].Body, attempts[1].Body);
    }

    [Fact]
    public async Task A_replay_resends_a_body_that_could_be_read_only_once()
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnApi = (request, _) => Task.FromResult(StubAnswers.Status(
            request.Token == StubCasavi.TokenNumber(1) ? HttpStatusCode.Unauthorized : HttpStatusCode.Created));
        using var handler = new CasaviTokenHandler(harness.Get<CasaviTokenProvider>()) { InnerHandler = harness.Stub };
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        const string body = """{"properties":[{"id":"P-1","name":"Easy Living"}]}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{ClientHarness.BaseUrl}v2/import") { Content = new StreamContent(ReadableOnce(body)) };

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal([body, body], harness.Stub.ApiRequests.Select(r => r.Body));
    }

    /// <summary>A stream that cannot seek back, like a network or decompression stream.</summary>
    private static GZipStream ReadableOnce(string text)
    {
        var compressed = new MemoryStream();
        using (var zip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            zip.Write(Encoding.UTF8.GetBytes(text));
        compressed.Position = 0;
        return new GZipStream(compressed, CompressionMode.Decompress);
    }
}
