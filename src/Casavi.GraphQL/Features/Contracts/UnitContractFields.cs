using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Contracts;

/// <summary>
/// What lists of the <c>Contract</c> type (<c>Unit.contracts</c>, <c>Contact.contracts</c>) can be filtered and
/// sorted by. Named UnitContract: <see cref="ContractFields"/> already names the inputs on a unit's raw contracts.
/// </summary>
public sealed class UnitContractFields : QueryableFields<UnitContract>
{
    public UnitContractFields()
        : base("UnitContract", contract => contract.Key)
    {
        Text("referenceId", contract => contract.Contract.Id, "casavi reference ID of the contract, when it has one.");
        Choice<ContractType>("type", contract => contract.Contract.Type, "Owner or renter.");
        Moment("startDate", contract => contract.Contract.StartDate, "When the contract starts.");
        Moment("endDate", contract => contract.Contract.EndDate, "When the contract ends; missing while open-ended.");
        Moment("createdAt", contract => contract.Contract.CreatedAt, "When the contract was created in casavi.");
        Moment("updatedAt", contract => contract.Contract.UpdatedAt, "When the contract was last updated in casavi.");
        YesNo("isActive", contract => contract.IsActive, "Whether the contract has not ended.");
    }
}
