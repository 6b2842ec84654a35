using Casavi.Client;
using Casavi.Client.Diagnostics;
using Casavi.GraphQL.Kernel.Errors;
using Casavi.GraphQL.Kernel.Execution;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Casavi.GraphQL.Kernel.Subscriptions;

/// <summary>
/// Runs each event of a subscription like a query of its own: in a new service scope bound to the event's
/// casavi account (so its loaders are fresh and batch its nested fields), under the execution timeout and
/// with a casavi request budget of its own. The subscribing request's scope is not kept: it ends when the
/// subscription has started.
/// </summary>
public sealed class ChangeEventStrategy(IServiceScopeFactory scopes, TimeSpan executionTimeout, int maxUpstreamRequests)
    : SubscriptionExecutionStrategy(new ParallelExecutionStrategy())
{
    protected override ExecutionContext CloneExecutionContext(ExecutionContext context, CancellationToken token)
    {
        var clone = base.CloneExecutionContext(context, token);
        clone.RequestServices = null;
        return clone;
    }

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        var changed = (ChangedEntity)value!;
        if (changed.Failure is { } failure)
        {
            // The entity could not be read again: the subscriber learns it missed a change, and why.
            var error = GraphQLErrors.FromException(failure);
            error.Path = node.ResponsePath;
            return new ExecutionResult { Executed = true, Errors = [error] };
        }

        // Events run in the execution context captured at subscribe time: without a log of their own, they would count against the subscribing request's.
        using var calls = CasaviCallTracker.Begin(maxUpstreamRequests);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CasaviAccountScope>().Use(changed.Account);
        var deadline = scope.ServiceProvider.GetRequiredService<ExecutionDeadline>();
        deadline.Start(executionTimeout, context.CancellationToken);
        context.RequestServices = scope.ServiceProvider;
        return await base.ProcessDataAsync(context, node, changed.Entity);
    }
}
