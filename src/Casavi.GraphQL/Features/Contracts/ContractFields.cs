using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Contracts;

/// <summary>What a unit's contracts can be filtered by, inside a unit filter (<c>contracts: { some: … }</c>).</summary>
public sealed class ContractFields : QueryableFields<Contract.MasterData.Contract>
{
    public ContractFields()
        : base("Contract", contract => contract.Id ?? "")
    {
        Text("referenceId", contract => contract.Id, "casavi reference ID of the contract.");
        Choice<ContractType>("type", contract => contract.Type, "Owner or renter contract.");
        Moment("startDate", contract => contract.StartDate, "When the contract starts.");
        Moment("endDate", contract => contract.EndDate, "When the contract ends; missing while it runs.");
    }
}
