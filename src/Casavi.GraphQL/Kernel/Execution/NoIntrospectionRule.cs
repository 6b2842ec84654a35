using Casavi.GraphQL.Kernel.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Casavi.GraphQL.Kernel.Execution;

/// <summary>Refuses <c>__schema</c> and <c>__type</c> when introspection is off; <c>__typename</c> stays allowed.</summary>
internal sealed class NoIntrospectionRule(bool refuse) : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLField> Visitor = new((field, context) =>
    {
        if (field.Name.StringValue is "__schema" or "__type")
        {
            context.ReportError(new ValidationError(context.Document.Source, null, "Introspection is turned off on this gateway.", field)
            {
                Code = ErrorCodes.IntrospectionDisabled,
            });
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(refuse ? Visitor : null);
}
