using System.Security.Claims;
using System.Text.Json;
using System.Threading.Channels;
using Casavi.Client;
using Casavi.GraphQL.Kernel.Access;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Subscriptions;

/// <summary>
/// A subscription document executed as a transport would: in a request scope bound to one casavi account,
/// the scope ended once the subscription has started; the events it gets are kept in order.
/// </summary>
public sealed class HubSubscription : IObserver<ExecutionResult>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly Channel<ExecutionResult> events = Channel.CreateUnbounded<ExecutionResult>();
    private IDisposable? subscription;

    private readonly IGraphQLTextSerializer serializer;

    private HubSubscription(IGraphQLTextSerializer serializer) => this.serializer = serializer;

    /// <summary>Executes <paramref name="document"/>; the result is returned as is when it opened no stream (a refusal).</summary>
    public static async Task<(ExecutionResult Result, HubSubscription? Subscription)> StartAsync(
        IServiceProvider gateway, string document, string account = CasaviAccounts.DefaultName, params string[] scopes)
    {
        await using var request = gateway.CreateAsyncScope();
        request.ServiceProvider.GetRequiredService<CasaviAccountScope>().Use(gateway.GetRequiredService<CasaviAccounts>().Find(account)!);
        var result = await request.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = document,
            RequestServices = request.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity(scopes.Select(scope => new Claim(CasaviScopes.ClaimTypes[0], scope)), "test")),
        });
        if (result.Streams is not { Count: 1 } streams || streams.Single().Value is not { } stream)
            return (result, null);
        var recorder = new HubSubscription(gateway.GetRequiredService<IGraphQLTextSerializer>());
        recorder.subscription = stream.Subscribe(recorder);
        return (result, recorder);
    }

    /// <summary>Starts <paramref name="document"/> for a caller with the read scope; fails when it is refused.</summary>
    public static async Task<HubSubscription> StartReadingAsync(IServiceProvider gateway, string document, string account = CasaviAccounts.DefaultName)
    {
        var (result, subscription) = await StartAsync(gateway, document, account, CasaviScopes.Read);
        Assert.True(subscription is not null, $"the subscription was refused: {string.Join("; ", result.Errors?.Select(error => error.Message) ?? [])}");
        return subscription;
    }

    /// <summary>The next event as a transport would send it; fails when none comes in time.</summary>
    public async Task<JsonElement> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var next = await events.Reader.ReadAsync(timeout.Token);
        using var document = JsonDocument.Parse(serializer.Serialize(next));
        return document.RootElement.Clone();
    }

    /// <summary>The entity of the next event, at <paramref name="field"/>; fails when the event has errors.</summary>
    public async Task<JsonElement> NextEntityAsync(string field)
    {
        var next = await NextAsync();
        Assert.False(next.TryGetProperty("errors", out _), next.ToString());
        return next.GetProperty("data").GetProperty(field);
    }

    public void OnNext(ExecutionResult value) => events.Writer.TryWrite(value);

    public void OnError(Exception error) => events.Writer.TryComplete(error);

    public void OnCompleted() => events.Writer.TryComplete();

    public void Dispose() => subscription?.Dispose();
}
