using Casavi.GraphQL.Kernel.Mutations;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Vulcavo;

public sealed class UpdateAssemblyTopicPayloadGraphType : PayloadGraphType<UpdateAssemblyTopicInput>
{
    public UpdateAssemblyTopicPayloadGraphType()
        : base("UpdateAssemblyTopicPayload", "The result of `updateAssemblyTopic`. casavi answers without a body and offers no way to read a topic, "
            + "so the payload echoes what was set; a field that was not sent is null.")
    {
        Field<StringGraphType>("topicId").Description("ID of the topic that was changed; null when `errors` is not empty.").Resolve(context => context.Source.Result?.Id);
        Field<StringGraphType>("title").Description("The title that was set, if one was sent.").Resolve(context => context.Source.Result?.Title);
        Field<StringGraphType>("description").Description("The description that was set, if one was sent.").Resolve(context => context.Source.Result?.Description);
        Field<AssemblyTopicStatusGraphType>("status").Description("The status that was set, if one was sent.").Resolve(context => context.Source.Result?.Status);
    }
}
