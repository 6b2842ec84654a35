using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.RestHooks;

/// <summary>What lists of webhook subscriptions can be filtered and sorted by.</summary>
public sealed class RestHookFields : QueryableFields<RestHook>
{
    public RestHookFields()
        : base("RestHook", hook => hook.Id)
    {
        Text("referenceId", hook => hook.Id, "casavi ID of the subscription.");
        Text("targetUrl", hook => hook.TargetUrl, "The URL casavi posts the event to.");
        Text("event", hook => hook.Event, "The event name.");
        Moment("createdAt", hook => hook.CreatedAt, "When the subscription was made.");
    }
}
