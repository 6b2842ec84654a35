using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Relay;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global ID, refetchable through `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque ID of the object.");
    }
}
