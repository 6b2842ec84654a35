using Casavi.GraphQL.Kernel.Mutations;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Vulcavo;

public sealed class SetAssemblyTopicStatusPayloadGraphType : PayloadGraphType<SetAssemblyTopicStatusInput>
{
    public SetAssemblyTopicStatusPayloadGraphType()
        : base("SetAssemblyTopicStatusPayload", "The result of `setAssemblyTopicStatus`. casavi answers without a body and offers no way to read a topic, so the payload echoes what was set.")
    {
        Field<StringGraphType>("topicId").Description("ID of the topic that was changed; null when `errors` is not empty.").Resolve(context => context.Source.Result?.TopicId);
        Field<AssemblyTopicStatusGraphType>("status").Description("The status that was set; null when `errors` is not empty.").Resolve(context => context.Source.Result?.Status);
    }
}
