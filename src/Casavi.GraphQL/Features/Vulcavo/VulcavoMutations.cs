using Casavi.Client.Api;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Mutations;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Vulcavo;

/// <summary>The vulcavo (digital owners' assembly) writes: casavi can change assembly topics but not list or read them.</summary>
public sealed class VulcavoMutations : IMutationFields
{
    private const string Topic = "AssemblyTopic";

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<SetAssemblyTopicStatusInputGraphType, SetAssemblyTopicStatusInput>(
                "setAssemblyTopicStatus",
                "Sets the status of an owner-assembly topic (POST /v2/vulcavo/assembly-topic/status). An unknown topic comes back as a NotFoundError.")
            .AdministersAccount()
            .Validate((check, input) => check.RequiredReferenceId(input.TopicId, "topicId"))
            .Addresses(Topic, "topicId", input => input.TopicId)
            .Write<IVulcavoApi>((vulcavo, input, token) => vulcavo.SetAssemblyTopicStatusAsync(input.ToCasavi(), token))
            .Returns<SetAssemblyTopicStatusPayloadGraphType>();

        mutation.Mutation<UpdateAssemblyTopicInputGraphType, UpdateAssemblyTopicInput>(
                "updateAssemblyTopic",
                "Changes the title, description or status of an owner-assembly topic (PATCH /v2/vulcavo/assembly-topic/{id}). An unknown topic comes back as a NotFoundError.")
            .AdministersAccount()
            .Validate(Validate)
            .Addresses(Topic, "id", input => input.Id)
            .Write<IVulcavoApi>((vulcavo, input, token) => vulcavo.UpdateAssemblyTopicAsync(input.Id, input.ToCasavi(), token))
            .Returns<UpdateAssemblyTopicPayloadGraphType>();
    }

    private static void Validate(InputValidator check, UpdateAssemblyTopicInput input)
    {
        check.RequiredReferenceId(input.Id, "id");
        if (input is { Title: null, Description: null, Status: null })
            check.FailHere("Nothing to change: pass at least one of 'title', 'description' and 'status'.");
        if (input.Title is not null)
            check.Required(input.Title, "title");
    }
}
