using GraphQL.Types;

namespace Casavi.GraphQL.Features.Vulcavo;

public sealed class AssemblyTopicStatusGraphType : EnumerationGraphType<TopicStatus>
{
    public AssemblyTopicStatusGraphType()
    {
        Name = "AssemblyTopicStatus";
        Description = "The status of an owner-assembly topic (vulcavo integration).";
    }
}
