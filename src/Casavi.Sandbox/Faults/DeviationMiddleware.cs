using Casavi.Sandbox.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Casavi.Sandbox.Faults;

/// <summary>Makes a /v2 route deviate from what the gateway assumes, as the knobs say: a removed route, an ignored filter.</summary>
internal sealed class DeviationMiddleware(RequestDelegate next, SandboxKnobs knobs)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint { RoutePattern.RawText: { } pattern })
            return next(context);
        var route = $"{context.Request.Method} {pattern}";
        switch (knobs.RemovedRouteStatus(route))
        {
            case StatusCodes.Status404NotFound:
                return UnknownRouteMiddleware.WriteAsync(context);
            case StatusCodes.Status405MethodNotAllowed:
                return CasaviResults.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "Method Not Allowed");
        }

        var query = context.Request.Query;
        var kept = query.Where(parameter => !knobs.IgnoresFilter(route, parameter.Key)).ToList();
        if (kept.Count < query.Count)
            context.Request.QueryString = new QueryBuilder(kept).ToQueryString();
        return next(context);
    }
}
