using System.Reflection;
using System.Text.RegularExpressions;
using Casavi.Client.Api;
using Refit;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>An endpoint as a Refit interface method of Casavi.Client.Api declares it.</summary>
internal sealed partial record RefitEndpoint(MethodInfo Method, string HttpMethod, string Path)
{
    public string Key => $"{HttpMethod} {Path}";

    public string Name => $"{Method.DeclaringType!.Name}.{Method.Name}";

    public static IReadOnlyList<RefitEndpoint> All { get; } = Discover();

    public IEnumerable<string> PathParameterNames() => PathParameter().Matches(Path).Select(m => m.Groups[1].Value);

    public IEnumerable<ParameterInfo> QueryParameters() =>
        Method.GetParameters().Where(p =>
            p.ParameterType != typeof(CancellationToken)
            && p.GetCustomAttribute<BodyAttribute>() is null
            && !PathParameterNames().Contains(p.Name, StringComparer.OrdinalIgnoreCase));

    /// <summary>The query key Refit writes: the <c>[AliasAs]</c> name, else the parameter's name.</summary>
    public static string QueryName(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<AliasAsAttribute>()?.Name ?? parameter.Name!;

    public Type? BodyType() =>
        Method.GetParameters().SingleOrDefault(p => p.GetCustomAttribute<BodyAttribute>() is not null)?.ParameterType;

    /// <summary>T of <c>Task&lt;T&gt;</c>, or null for a plain <c>Task</c>.</summary>
    public Type? ResultType() =>
        Method.ReturnType.IsGenericType ? Method.ReturnType.GetGenericArguments()[0] : null;

    private static List<RefitEndpoint> Discover() =>
        typeof(IPropertiesApi).Assembly.GetTypes()
            .Where(t => t.IsInterface && t.Namespace == typeof(IPropertiesApi).Namespace)
            .SelectMany(t => t.GetMethods())
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<HttpMethodAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => new RefitEndpoint(x.Method, x.Attribute!.Method.Method.ToUpperInvariant(), x.Attribute.Path))
            .ToList();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex PathParameter();
}
