using GraphQL.Types;

namespace Casavi.GraphQL.Features.RestHooks;

public sealed class RegisterRestHookInputGraphType : InputObjectGraphType<RegisterRestHookInput>
{
    public RegisterRestHookInputGraphType()
    {
        Name = "RegisterRestHookInput";
        Description = "A new webhook subscription.";
        // A String, not the URL scalar: a malformed URL should come back as a ValidationError with advice, not as a GraphQL error.
        Field(input => input.TargetUrl).Description("Where casavi posts the events: an absolute https URL without credentials (plain http only for loopback hosts).");
        Field(input => input.Event).Description("The event to subscribe to (e.g. ticket.created); must not be blank.");
    }
}
