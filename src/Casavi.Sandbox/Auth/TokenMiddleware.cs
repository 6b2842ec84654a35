namespace Casavi.Sandbox.Auth;

/// <summary>Every /v2 route but authentication and the contract document wants a live <c>token</c> header.</summary>
internal sealed class TokenMiddleware(RequestDelegate next, TokenStore tokens)
{
    public const string HeaderName = "token";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.Equals(ApiRoutes.Authenticate) || path.Equals(ApiRoutes.OpenApiDocument))
            return next(context);
        return tokens.IsLive(context.Request.Headers[HeaderName].ToString())
            ? next(context)
            : Http.CasaviResults.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "Invalid or expired token");
    }
}
