using Casavi.Client.Api;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Vulcavo;

/// <summary>The vulcavo (digital owners' assembly) writes: casavi can change assembly topics but not list or read them.</summary>
public sealed class VulcavoMutations : IMutationFields
{
    private const string Topic = "AssemblyTopic";

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<SetAssemblyTopicStatusInputGraphType, SetAssemblyTopicStatusPayloadGraphType>("setAssemblyTopicStatus")
            .Description("Sets the status of an owner-assembly topic (POST /v2/vulcavo/assembly-topic/status). An unknown topic comes back as a NotFoundError.")
            .ResolveAsync(async context =>
            {
                var input = context.GetInput<SetAssemblyTopicStatusInput>();
                var check = new InputValidator();
                if (check.Required(input.TopicId, "topicId"))
                    check.ReferenceId(input.TopicId, "topicId");
                if (check.HasErrors)
                    return new SetAssemblyTopicStatusPayload(null, null, check.Errors);

                var body = new AssemblyTopicStatus { TopicId = input.TopicId, Status = input.Status.WireName() };
                var path = check.PathOf("topicId");
                var error = await WriteErrors.TryAsync(
                    () => context.Service<IVulcavoApi>().SetAssemblyTopicStatusAsync(body, context.CancellationToken), check.Path, new WriteTarget(Topic, input.TopicId, path));
                return error is null ? new SetAssemblyTopicStatusPayload(input.TopicId, input.Status, []) : new SetAssemblyTopicStatusPayload(null, null, [error]);
            });

        mutation.MutationField<UpdateAssemblyTopicInputGraphType, UpdateAssemblyTopicPayloadGraphType>("updateAssemblyTopic")
            .Description("Changes the title, description or status of an owner-assembly topic (PATCH /v2/vulcavo/assembly-topic/{id}). An unknown topic comes back as a NotFoundError.")
            .ResolveAsync(async context =>
            {
                var input = context.GetInput<UpdateAssemblyTopicInput>();
                var check = Validate(input);
                if (check.HasErrors)
                    return new UpdateAssemblyTopicPayload(null, check.Errors);

                var body = new AssemblyTopicUpdate { Title = input.Title, Description = input.Description, Status = input.Status?.WireName() };
                var path = check.PathOf("id");
                var error = await WriteErrors.TryAsync(
                    () => context.Service<IVulcavoApi>().UpdateAssemblyTopicAsync(input.Id, body, context.CancellationToken), check.Path, new WriteTarget(Topic, input.Id, path));
                return error is null ? new UpdateAssemblyTopicPayload(input, []) : new UpdateAssemblyTopicPayload(null, [error]);
            });
    }

    private static InputValidator Validate(UpdateAssemblyTopicInput input)
    {
        var check = new InputValidator();
        if (check.Required(input.Id, "id"))
            check.ReferenceId(input.Id, "id");
        if (input is { Title: null, Description: null, Status: null })
            check.FailHere("Nothing to change: pass at least one of 'title', 'description' and 'status'.");
        if (input.Title is not null)
            check.Required(input.Title, "title");
        return check;
    }
}
