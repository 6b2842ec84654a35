using Microsoft.AspNetCore.Http;

namespace Casavi.GraphQL.Telemetry;

/// <summary>Starts the observation of each GraphQL request; see <see cref="ObservedOperation"/>.</summary>
internal sealed class OperationObserver(GatewayMetrics metrics, RequestLogBudget budget, ILoggerFactory loggers)
{
    /// <summary>The category of the one log line per GraphQL request.</summary>
    public const string LogCategory = "Casavi.GraphQL.Requests";

    private readonly ILogger logger = loggers.CreateLogger(LogCategory);

    /// <summary>Dispose the result in the calling async method: the span and the call log it starts are async-local.</summary>
    /// <param name="maxUpstreamRequests">casavi requests the operation may send (its call log's budget).</param>
    public ObservedOperation Begin(HttpContext context, int maxUpstreamRequests) => new(context, metrics, budget, logger, maxUpstreamRequests);
}
