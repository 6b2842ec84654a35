using GraphQL.Types;

namespace Casavi.GraphQL.Features.Vulcavo;

public sealed class SetAssemblyTopicStatusInputGraphType : InputObjectGraphType<SetAssemblyTopicStatusInput>
{
    public SetAssemblyTopicStatusInputGraphType()
    {
        Name = "SetAssemblyTopicStatusInput";
        Description = "A status change of an owner-assembly topic.";
        Field<NonNullGraphType<StringGraphType>>("topicId").Description("ID of the assembly topic (e.g. topic-1).");
        Field<NonNullGraphType<AssemblyTopicStatusGraphType>>("status").Description("The new status.");
    }
}
