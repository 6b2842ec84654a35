using System.Diagnostics;
using Casavi.GraphQL.Kernel.Errors;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Casavi.GraphQL.Transport;

/// <summary>
/// Logs each failure of the gateway itself once, at Error with its exception, and gives the client the
/// trace id to quote: the operation's span when there is one, else the request's identifier.
/// </summary>
internal sealed partial class UnexpectedErrors(ILogger<UnexpectedErrors> logger)
{
    /// <summary>The <see cref="UnexpectedError"/>s in <paramref name="result"/>; a batch failure shared by many fields is logged once.</summary>
    public void Report(HttpContext context, ExecutionResult result)
    {
        if (result.Errors is null) return;
        var traceId = TraceId(context);
        var logged = new HashSet<Exception>(ReferenceEqualityComparer.Instance);
        foreach (var error in result.Errors.OfType<UnexpectedError>())
        {
            if (logged.Add(error.Cause))
                Failed(logger, traceId, error.Cause);
            error.Extensions!["traceId"] = traceId;
        }
    }

    /// <summary>A failure outside execution (transport, parser, cost guard): logged, then answered as one error.</summary>
    public UnexpectedError Report(HttpContext context, Exception exception)
    {
        var error = new UnexpectedError(exception);
        Report(context, new ExecutionResult { Errors = [error] });
        return error;
    }

    private static string TraceId(HttpContext context) => Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Unexpected error in the gateway, trace {TraceId}")]
    private static partial void Failed(ILogger logger, string traceId, Exception exception);
}
