using System.Security.Claims;
using Casavi.GraphQL.Composition;
using Casavi.GraphQL.Kernel.Execution;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Transport;

/// <summary>Executes an admitted operation in a request scope, under the execution timeout; a subscription's result carries its stream.</summary>
internal sealed class OperationRunner(IDocumentExecuter<ISchema> executer, IOptions<GatewayOptions> options)
{
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, GraphQLDocument? document, IServiceProvider services, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        services.GetRequiredService<ExecutionDeadline>().Start(options.Value.ExecutionTimeout, cancellationToken);
        var execution = new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = user,
            CancellationToken = cancellationToken,
        };
        foreach (var listener in services.GetServices<IDocumentExecutionListener>())
            execution.Listeners.Add(listener);
        return executer.ExecuteAsync(execution);
    }
}
