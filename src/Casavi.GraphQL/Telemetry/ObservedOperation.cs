using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Casavi.Client;
using Casavi.Client.Diagnostics;
using Casavi.GraphQL.Kernel.Diagnostics;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Telemetry;

/// <summary>
/// One GraphQL request from arrival to written response: its span (parent of the DataLoader, list-walk
/// and casavi spans), the casavi calls it caused and, on disposal, its metrics and one log line.
/// </summary>
internal sealed partial class ObservedOperation : IDisposable
{
    private const string Unknown = "unknown";
    private const string Success = "success";
    private const string Failed = "error";
    private const string Refused = "rejected";
    private const string Unhandled = "exception";

    private readonly HttpContext context;
    private readonly GatewayMetrics metrics;
    private readonly RequestLogBudget budget;
    private readonly ILogger logger;
    private readonly long started = Stopwatch.GetTimestamp();
    private readonly Activity? span;
    private string? name;
    private string type = Unknown;
    // Neither a result nor a rejection was seen until disposal: an exception is on its way to a 500.
    private string outcome = Unhandled;
    private int errorCount;
    private string errorCodes = "";

    internal ObservedOperation(HttpContext context, GatewayMetrics metrics, RequestLogBudget budget, ILogger logger, int maxUpstreamRequests)
    {
        this.context = context;
        this.metrics = metrics;
        this.budget = budget;
        this.logger = logger;
        span = GatewayTracing.StartOperation();
        Calls = CasaviCallTracker.Begin(maxUpstreamRequests);
    }

    /// <summary>Every casavi attempt made for this request.</summary>
    public CasaviCallLog Calls { get; }

    public void Requested(GraphQLRequest request)
    {
        name = request.OperationName;
        if (span is { IsAllDataRequested: true } && request.Query is { } query)
            span.SetTag("graphql.document.sha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query))));
    }

    public void Executed(ExecutionResult result)
    {
        name ??= result.Operation?.Name?.StringValue;
        type = TypeOf(result.Operation);
        errorCount = result.Errors?.Count ?? 0;
        errorCodes = string.Join(',', (result.Errors ?? []).Select(error => error.Code).OfType<string>().Distinct().Order(StringComparer.Ordinal));
        outcome = errorCount == 0 ? Success : Failed;
    }

    /// <summary>The request was refused before execution (HTTP-level error with this code).</summary>
    public void Rejected(string errorCode)
    {
        errorCount = 1;
        errorCodes = errorCode;
        outcome = Refused;
    }

    public void Dispose()
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        var statusCode = outcome == Unhandled ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
        metrics.OperationCompleted(type, outcome, errorCodes, elapsed, Calls.Count, Calls.Waves);
        // Written while the span is current, so log records carry the operation's trace id.
        if (budget.TryWrite(errorCodes))
            Answered(logger, type, name ?? "(anonymous)", statusCode, elapsed.TotalMilliseconds, Caller, Account, Calls.Count, Calls.Waves, errorCodes);
        FinishSpan();
        Calls.Dispose();
    }

    /// <summary>The caller's name (an API key's, a token's subject), or anonymous.</summary>
    private string Caller => context.User.Identity?.Name is { Length: > 0 } caller ? caller : "(anonymous)";

    private string Account => context.RequestServices.GetService<CasaviAccountScope>()?.AccountName ?? "(none)";

    private void FinishSpan()
    {
        if (span is null) return;
        span.DisplayName = name is not null ? $"graphql.operation {name}" : type != Unknown ? $"graphql.operation {type}" : "graphql.operation";
        span.SetTag("graphql.operation.name", name);
        span.SetTag("graphql.operation.type", type);
        span.SetTag("graphql.error.count", errorCount);
        span.SetTag("casavi.requests", Calls.Count);
        span.SetTag("casavi.waves", Calls.Waves);
        if (errorCodes.Length > 0) span.SetTag("error.type", errorCodes);
        if (outcome != Success) span.SetStatus(ActivityStatusCode.Error, errorCodes);
        span.Dispose();
    }

    private static string TypeOf(GraphQLOperationDefinition? operation) => operation?.Operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => Unknown,
    };

    [LoggerMessage(
        EventId = 1,
        Level = LogLevel.Information,
        Message = "GraphQL {OperationType} {OperationName} answered {StatusCode} in {DurationMs:0.0} ms for {Caller} on casavi account {CasaviAccount}: "
            + "{CasaviRequests} casavi requests in {CasaviWaves} waves, errors [{ErrorCodes}]")]
    private static partial void Answered(
        ILogger logger, string operationType, string operationName, int statusCode, double durationMs, string caller, string casaviAccount, int casaviRequests, int casaviWaves, string errorCodes);
}
