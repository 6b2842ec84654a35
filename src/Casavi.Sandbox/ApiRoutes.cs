namespace Casavi.Sandbox;

/// <summary>The paths the sandbox treats specially.</summary>
internal static class ApiRoutes
{
    public static readonly PathString Api = "/v2";
    public static readonly PathString Authenticate = "/v2/authenticate";
    public static readonly PathString OpenApiDocument = "/v2/openapi.json";
    public static readonly PathString Admin = "/_sandbox";
}
