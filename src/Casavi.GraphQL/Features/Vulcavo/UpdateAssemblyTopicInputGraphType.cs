using GraphQL.Types;

namespace Casavi.GraphQL.Features.Vulcavo;

public sealed class UpdateAssemblyTopicInputGraphType : InputObjectGraphType<UpdateAssemblyTopicInput>
{
    public UpdateAssemblyTopicInputGraphType()
    {
        Name = "UpdateAssemblyTopicInput";
        Description = "Changes to an owner-assembly topic: at least one of `title`, `description` and `status`; the others stay as they are.";
        Field<NonNullGraphType<StringGraphType>>("id").Description("ID of the assembly topic (e.g. topic-1).");
        Field(input => input.Title, nullable: true).Description("New title; must not be blank.");
        Field(input => input.Description, nullable: true).Description("New description.");
        Field<AssemblyTopicStatusGraphType>("status").Description("New status.");
    }
}
