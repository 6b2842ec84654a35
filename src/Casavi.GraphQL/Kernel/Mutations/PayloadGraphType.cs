using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>Base of every payload type: adds <c>errors: [UserError!]!</c>; subclasses add the object they wrote.</summary>
public abstract class PayloadGraphType<TPayload> : ObjectGraphType<TPayload>
    where TPayload : MutationPayload
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
