using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Composition;

public sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType(IEnumerable<ISubscriptionFields> features)
    {
        Name = "Subscription";
        Description = "Changes in casavi as they are reported (through casavi's REST hooks), over graphql-transport-ws or Server-Sent Events. Each event carries the changed entity as casavi answers after the change, so any of its fields can be selected, nested ones included. Needs the casavi:read scope; a subscription sees only its caller's casavi account.";
        foreach (var feature in features.OrderBy(feature => feature.GetType().Name, StringComparer.Ordinal))
            feature.AddTo(this);
    }
}
