using System.Linq.Expressions;
using System.Reflection;
using Refit;

namespace Casavi.GraphQL.Kernel.Fields;

/// <summary>Names the casavi endpoint a Refit call goes to, from the method's route attribute: "GET /v2/units/{unitId}".</summary>
public static class CasaviEndpoint
{
    public static string Of(LambdaExpression call)
    {
        var method = FindCall(call.Body) ?? throw new ArgumentException($"{call} calls no casavi API method.", nameof(call));
        return Of(method);
    }

    public static string Of(MethodInfo method)
    {
        var route = method.GetCustomAttribute<HttpMethodAttribute>()
            ?? throw new ArgumentException($"{method.DeclaringType?.Name}.{method.Name} has no Refit route.", nameof(method));
        var path = route.Path.Split('?')[0];
        return $"{route.Method} {path}";
    }

    /// <summary>The endpoint of <typeparamref name="TApi"/>'s method <paramref name="methodName"/>, for fields that call casavi directly.</summary>
    public static string Of<TApi>(string methodName) =>
        Of(typeof(TApi).GetMethod(methodName) ?? throw new ArgumentException($"{typeof(TApi).Name} has no method {methodName}.", nameof(methodName)));

    private static MethodInfo? FindCall(Expression expression) => expression switch
    {
        MethodCallExpression call when call.Method.GetCustomAttribute<HttpMethodAttribute>() is not null => call.Method,
        MethodCallExpression call => call.Arguments.Select(FindCall).FirstOrDefault(found => found is not null) ?? (call.Object is null ? null : FindCall(call.Object)),
        _ => null,
    };
}
