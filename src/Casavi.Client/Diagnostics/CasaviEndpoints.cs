using System.Reflection;
using Casavi.Client.Api;

namespace Casavi.Client.Diagnostics;

/// <summary>
/// Names a request by its endpoint template, e.g. "GET /v2/units/{unitId}": a low-cardinality key
/// for call accounting and error messages that carries no ids or query values.
/// </summary>
internal static class CasaviEndpoints
{
    public const string Authenticate = "POST /v2/authenticate";

    /// <summary>Set by requests built outside Refit (authenticate, next-page links).</summary>
    public static readonly HttpRequestOptionsKey<string> Name = new("Casavi.Endpoint");

    private static readonly HttpRequestOptionsKey<string> RefitTemplate = new(Refit.HttpRequestMessageOptions.RelativePathTemplate);

    /// <summary>The routes of every Refit interface in <see cref="Api"/>, reflected once.</summary>
    private static readonly EndpointTemplate[] Templates = typeof(IPropertiesApi).Assembly.GetTypes()
        .Where(type => type.IsInterface && type.Namespace == typeof(IPropertiesApi).Namespace)
        .SelectMany(type => type.GetMethods())
        .Select(method => method.GetCustomAttribute<Refit.HttpMethodAttribute>())
        .OfType<Refit.HttpMethodAttribute>()
        .Select(route => new EndpointTemplate(route.Method, route.Path))
        .ToArray();

    public static string Of(HttpRequestMessage? request)
    {
        if (request is null) return "(unknown request)";
        if (request.Options.TryGetValue(Name, out var name)) return name;
        if (request.Options.TryGetValue(RefitTemplate, out var template)) return $"{request.Method} {WithoutQuery(template)}";
        return ForPath(request.Method, request.RequestUri?.AbsolutePath ?? "");
    }

    /// <summary>The template a concrete path belongs to; the most literal match wins (/v2/tickets/types over /v2/tickets/{ticketId}).</summary>
    public static string ForPath(HttpMethod method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var best = Templates
            .Where(template => template.Method == method && template.Matches(segments))
            .MaxBy(template => template.LiteralSegments);
        return $"{method} {best?.Path ?? path}";
    }

    private static string WithoutQuery(string template) =>
        template.IndexOf('?', StringComparison.Ordinal) is var at and >= 0 ? template[..at] : template;
}
