using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Consumption;

/// <summary>What lists of consumption resources can be filtered and sorted by.</summary>
public sealed class ConsumptionResourceFields : QueryableFields<ConsumptionResource>
{
    public ConsumptionResourceFields()
        : base("ConsumptionResource", resource => resource.Id)
    {
        Text("referenceId", resource => resource.Id, "External identifier of the consumption resource.");
        Text("name", resource => resource.Name, "Name of the consumption resource.");
        Text("measureUnit", resource => resource.Unit, "The unit it is measured in.");
        Text("notes", resource => resource.Notes, "Notes on the consumption resource.");
    }
}
