using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Casavi.Sandbox.Tests.Hooks;

/// <summary>A call the receiver got: the path it was posted to, the JSON body and when it arrived.</summary>
public sealed record ReceivedCall(string Path, JsonElement Body, long ArrivedTimestamp);

/// <summary>An ERP's webhook endpoint on a free loopback port: records every POST and answers 200, or 500 while told to fail.</summary>
public sealed class HookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedCall> calls = new();
    private int serverErrorsLeft;
    private int disposed;

    private HookReceiver(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<HookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new HookReceiver(builder.Build());
        receiver.app.MapPost("/{**path}", receiver.ReceiveAsync);
        await receiver.app.StartAsync();
        var address = receiver.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return receiver;
    }

    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    /// <summary>The next <paramref name="count"/> calls are answered 500 (they are still recorded).</summary>
    public void AnswerServerErrors(int count) => Interlocked.Exchange(ref serverErrorsLeft, count);

    public IReadOnlyList<ReceivedCall> CallsTo(string path) => calls.Where(c => c.Path == "/" + path).ToList();

    /// <summary>Stops listening (a test may take the receiver down early); later calls do nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
        calls.Enqueue(new ReceivedCall(request.Path, body, Stopwatch.GetTimestamp()));
        return Interlocked.Decrement(ref serverErrorsLeft) >= 0 ? Results.StatusCode(StatusCodes.Status500InternalServerError) : Results.Ok();
    }
}
