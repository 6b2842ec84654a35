namespace Casavi.Sandbox.Faults;

/// <summary>Records each /v2 request under its route template, or under its path when no route matched.</summary>
internal sealed class RequestCountingMiddleware(RequestDelegate next, RequestCounter counter)
{
    public Task InvokeAsync(HttpContext context)
    {
        var route = context.GetEndpoint() is RouteEndpoint endpoint && endpoint.RoutePattern.RawText is { } pattern
            ? pattern
            : context.Request.Path.Value;
        counter.Record($"{context.Request.Method} {route}");
        return next(context);
    }
}
