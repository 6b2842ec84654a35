using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Relay;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Consumption;

public sealed class ConsumptionResourceGraphType : ObjectGraphType<ConsumptionResource>
{
    public ConsumptionResourceGraphType(IEnumerable<ITypeExtension<ConsumptionResourceGraphType>> extensions)
    {
        Name = "ConsumptionResource";
        Description = "A consumption resource (e.g. water, heating) that meter readings are recorded for.";
        this.IsNode(resource => resource.Id);
        Field("referenceId", resource => resource.Id).Description("External identifier of the consumption resource (e.g. res01).");
        Field(resource => resource.Name).Description("Name of the consumption resource (e.g. Water).");
        Field("measureUnit", resource => resource.Unit).Description("The unit it is measured in (e.g. qm).");
        Field(resource => resource.Notes, nullable: true).Description("Notes on the consumption resource.");

        this.ApplyExtensions(extensions);
    }
}
