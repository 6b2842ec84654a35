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
/// Refuses a document that exceeds a cost limit of <see cref="GatewayOptions"/>, before it is validated or
/// executed: its text's size before it is parsed (<see cref="CheckText"/>), then the parsed document's size
/// with fragments expanded, what would make its validation slower than linear (both linear), and the
/// estimate of the operation that would run (<see cref="Check"/>).
/// </summary>
internal sealed class CostGuard(ISchema schema, IOptions<GatewayOptions> options, IServiceProvider services)
{
    private readonly ConcurrentDictionary<Type, ICasaviResource?> resources = new();

    /// <summary>Fields, aliases and fragments as written, counted without parsing and only up to the first limit exceeded.</summary>
    /// <returns>The error to answer with, or null when the document may be parsed.</returns>
    public ExecutionError? CheckText(ReadOnlySpan<char> query)
    {
        var limits = Limits();
        var (fields, aliases, fragments) = WrittenSize.Of(query, limits);
        return Refusal(limits.ExceededAsWritten(fields, aliases, fragments));
    }

    /// <param name="hints">The page counts known for the caller's casavi account.</param>
    /// <returns>The error to answer with, or null when the document may run.</returns>
    public ExecutionError? Check(GraphQLDocument document, string? operationName, Inputs? variables, PageCountHints hints)
    {
        var settings = options.Value;
        var limits = Limits();
        var (fields, aliases) = DocumentSize.Of(document);
        var refusal = CostLimits.Exceeded(fields, aliases, limits)
            ?? limits.ExceededInValidation(FieldRepeats.MostOf(document, limits.MaxFields), document.Definitions.Count(definition => definition is GraphQLFragmentDefinition));
        // Without one operation to run, the executor refuses the request and nothing reaches casavi.
        if (refusal is null && OperationSelector.Select(document, operationName) is { } operation)
        {
            var upstream = new UpstreamModel(ResourceOf, hints.PagesOf, settings.Batching.ByIdMaxKeys);
            var (requests, items) = OperationCost.Estimate(schema, document, operation, variables, upstream);
            refusal = limits.Exceeded(new CostEstimate(fields, aliases, requests, items));
        }

        return Refusal(refusal);
    }

    private CostLimits Limits()
    {
        var settings = options.Value;
        return new CostLimits(
            settings.MaxFields, settings.MaxAliases, settings.MaxUpstreamRequests, settings.MaxEstimatedResultItems, settings.MaxFieldRepeats, settings.MaxFragments);
    }

    private static ExecutionError? Refusal(string? reason) =>
        reason is null ? null : new ExecutionError(reason) { Code = ErrorCodes.CostLimit };

    private ICasaviResource? ResourceOf(Type entity) =>
        resources.GetOrAdd(entity, type => services.GetService(typeof(ICasaviResource<>).MakeGenericType(type)) as ICasaviResource);
}
