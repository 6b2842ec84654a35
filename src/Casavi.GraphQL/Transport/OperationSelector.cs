using GraphQLParser.AST;

namespace Casavi.GraphQL.Transport;

/// <summary>Finds the operation a request will run, to refuse mutations over GET before executing anything.</summary>
internal static class OperationSelector
{
    /// <summary>The named operation, or the only one; null when the choice is ambiguous (the executor reports that).</summary>
    public static GraphQLOperationDefinition? Select(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>();
        if (!string.IsNullOrEmpty(operationName))
            return operations.FirstOrDefault(operation => operation.Name?.StringValue == operationName);

        var firstTwo = operations.Take(2).ToList();
        return firstTwo.Count == 1 ? firstTwo[0] : null;
    }
}
