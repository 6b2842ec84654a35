using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Mutations;

public sealed class UserErrorInterface : InterfaceGraphType<UserError>
{
    public UserErrorInterface()
    {
        Name = "UserError";
        Description = "A problem with the mutation's input that the caller can fix. Nothing was written when a payload carries one.";
        Field(error => error.Message).Description("What is wrong, in words a user can act on.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("path")
            .Description("Where in the arguments the problem is, e.g. [\"input\", \"title\"].");
    }
}
