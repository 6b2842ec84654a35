using Casavi.GraphQL.Kernel.Caching;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>
/// Before a query runs, starts the refresh of every cached list its fields will read whose TTL has
/// ended, all at once. Each level of the query would otherwise find its list expired only when it
/// gets there, one round trip after the other; the loaders join the refreshes already under way.
/// </summary>
public sealed class RefreshAheadListener : DocumentExecutionListenerBase
{
    public override Task BeforeExecutionAsync(IExecutionContext context)
    {
        if (context.Operation.Operation != GraphQLParser.AST.OperationType.Query || context.RequestServices is not { } services
            || !services.GetRequiredService<CasaviCache>().Enabled)
            return Task.CompletedTask;
        foreach (var resource in OperationReach.ResourcesOf(context.Schema, context.Document, context.Operation))
        {
            var description = (ICasaviResource)services.GetRequiredService(typeof(ICasaviResource<>).MakeGenericType(resource));
            // Not awaited: the query starts at once and whoever reads the list first awaits its refresh.
            _ = description.RefreshCachedListAsync(services, context.CancellationToken).ContinueWith(
                refresh => refresh.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        return Task.CompletedTask;
    }
}
