using System.Collections.Concurrent;
using Casavi.GraphQL.Composition;
using Casavi.GraphQL.Kernel.Cost;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Errors;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Transport;

/// <summary>
/// Refuses a parsed document that exceeds a cost limit of <see cref="GatewayOptions"/>, before it is
/// validated or executed: the size check first (linear), then the estimate of the operation that would run.
/// </summary>
internal sealed class CostGuard(ISchema schema, IOptions<GatewayOptions> options, IServiceProvider services)
{
    private readonly ConcurrentDictionary<Type, ICasaviResource?> resources = new();

    /// <param name="hints">The page counts known for the caller's casavi account.</param>
    /// <returns>The error to answer with, or null when the document may run.</returns>
    public ExecutionError? Check(GraphQLDocument document, string? operationName, Inputs? variables, PageCountHints hints)
    {
        var settings = options.Value;
        var limits = new CostLimits(settings.MaxFields, settings.MaxAliases, settings.MaxUpstreamRequests, settings.MaxEstimatedResultItems);
        var (fields, aliases) = DocumentSize.Of(document);
        var refusal = CostLimits.Exceeded(fields, aliases, limits);
        // Without one operation to run, the executor refuses the request and nothing reaches casavi.
        if (refusal is null && OperationSelector.Select(document, operationName) is { } operation)
        {
            var upstream = new UpstreamModel(ResourceOf, hints.PagesOf, settings.Batching.ByIdMaxKeys);
            var (requests, items) = OperationCost.Estimate(schema, document, operation, variables, upstream);
            refusal = limits.Exceeded(new CostEstimate(fields, aliases, requests, items));
        }

        return refusal is null ? null : new ExecutionError(refusal) { Code = ErrorCodes.CostLimit };
    }

    private ICasaviResource? ResourceOf(Type entity) =>
        resources.GetOrAdd(entity, type => services.GetService(typeof(ICasaviResource<>).MakeGenericType(type)) as ICasaviResource);
}
