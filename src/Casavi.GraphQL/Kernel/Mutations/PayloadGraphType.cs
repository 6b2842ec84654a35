using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// Base of every payload type: adds <c>errors: [UserError!]!</c>. <see cref="NodePayloadGraphType{TNodeGraphType, TNode}"/>
/// adds the written node; payloads of writes that return no node add what they echo.
/// </summary>
public abstract class PayloadGraphType<TResult> : ObjectGraphType<MutationPayload<TResult>>
    where TResult : class
{
    protected PayloadGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors")
            .Description("Problems with the input that the caller can fix. Empty when the write succeeded; when not empty, nothing was written.")
            .Resolve(context => context.Source.Errors);
    }
}
