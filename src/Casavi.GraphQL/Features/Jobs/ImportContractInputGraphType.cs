using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class ImportContractInputGraphType : InputObjectGraphType<ContactContract>
{
    public ImportContractInputGraphType()
    {
        Name = "ImportContractInput";
        Description = "A contract of an imported contact with a unit. casavi ends a unit's contracts that an import no longer lists.";
        Field(contract => contract.Id, nullable: true).Description("Reference ID of the contract, unique across all contracts.");
        Field(contract => contract.PropertyId, nullable: true).Description("Reference ID of the property.");
        Field(contract => contract.UnitId, nullable: true).Description("Reference ID of the unit.");
        Field<NonNullGraphType<InputEnumGraphType<ContractType>>>("type").Description("OWNER or RENTER.");
        Field<DateTimeScalar>("startDate").Description("When the contract starts.");
        Field<DateTimeScalar>("endDate").Description("When the contract ends; not before `startDate`.");
    }
}
