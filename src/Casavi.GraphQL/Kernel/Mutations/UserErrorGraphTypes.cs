using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Mutations;

public sealed class ValidationErrorGraphType : ObjectGraphType<ValidationError>
{
    public ValidationErrorGraphType()
    {
        Name = "ValidationError";
        Description = "An input value is missing or malformed.";
        this.AddUserErrorFields();
    }
}

public sealed class NotFoundErrorGraphType : ObjectGraphType<NotFoundError>
{
    public NotFoundErrorGraphType()
    {
        Name = "NotFoundError";
        Description = "An entity the input refers to does not exist in casavi.";
        this.AddUserErrorFields();
        Field(error => error.EntityType).Description("The kind of entity that was not found (e.g. Ticket).");
        Field(error => error.ReferenceId).Description("The casavi reference ID that was not found.");
    }
}

public sealed class ConflictErrorGraphType : ObjectGraphType<ConflictError>
{
    public ConflictErrorGraphType()
    {
        Name = "ConflictError";
        Description = "The write clashes with data casavi already has, e.g. a reference ID that is taken.";
        this.AddUserErrorFields();
    }
}

internal static class UserErrorFields
{
    public static void AddUserErrorFields<TError>(this ObjectGraphType<TError> type)
        where TError : UserError
    {
        type.Interface<UserErrorInterface>();
        type.Field(error => error.Message).Description("What is wrong, in words a user can act on.");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("path")
            .Description("Where in the arguments the problem is, e.g. [\"input\", \"title\"].")
            .Resolve(context => context.Source.Path);
    }
}
