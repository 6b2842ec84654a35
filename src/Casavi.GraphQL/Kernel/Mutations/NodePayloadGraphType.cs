using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// The payload of a mutation that writes a node: the node, <c>errors</c> and, for creates that
/// recover from a lost answer, <c>outcome</c>. One instance per mutation, named after it by
/// <see cref="WrittenMutation{TInput, TResult}.ReturnsNode{TNodeGraphType}"/>.
/// </summary>
internal sealed class NodePayloadGraphType<TNodeGraphType, TNode> : PayloadGraphType<TNode>
    where TNodeGraphType : ObjectGraphType<TNode>
    where TNode : class
{
    public NodePayloadGraphType(string name, string description, string nodeField, string nodeDescription, bool withOutcome)
        : base(name, description)
    {
        Field<TNodeGraphType>(nodeField)
            .Description($"{nodeDescription}; null when `errors` is not empty.")
            .Resolve(context => context.Source.Result);
        if (withOutcome)
        {
            Field<WriteOutcomeGraphType>("outcome")
                .Description("How the create reached casavi; null when `errors` is not empty.")
                .Resolve(context => context.Source.Outcome);
        }
    }
}
