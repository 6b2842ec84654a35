using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Contacts;
using Casavi.GraphQL.Features.Units;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Contracts;

public sealed class ContractGraphType : ObjectGraphType<UnitContract>
{
    public ContractGraphType(IEnumerable<ITypeExtension<ContractGraphType>> extensions)
    {
        Name = "Contract";
        Description = "An owner or renter contract between contacts and a unit.";
        this.IsNode(contract => contract.Key);

        Field<StringGraphType>("referenceId").Description("casavi reference ID of the contract, when it has one.").Resolve(context => context.Source.Contract.Id);
        Field<NonNullGraphType<ContractTypeGraphType>>("type").Description("Owner or renter.").Resolve(context => context.Source.Contract.Type);
        Field<DateTimeScalar>("startDate").Description("When the contract starts.").Resolve(context => context.Source.Contract.StartDate);
        Field<DateTimeScalar>("endDate").Description("When the contract ends; null while open-ended.").Resolve(context => context.Source.Contract.EndDate);
        Field<DateTimeScalar>("createdAt").Description("When the contract was created in casavi.").Resolve(context => context.Source.Contract.CreatedAt);
        Field<DateTimeScalar>("updatedAt").Description("When the contract was last updated in casavi.").Resolve(context => context.Source.Contract.UpdatedAt);
        Field<NonNullGraphType<BooleanGraphType>>("isActive").Description("Whether the contract is active: it has not ended (contracts starting in the future count as active, as in casavi's `includeInactiveContracts`).").Resolve(context => context.Source.IsActive);
        Field<NonNullGraphType<UnitGraphType>>("unit").Description("The unit the contract is for.").Resolve(context => context.Source.Unit);
        Field<ListGraphType<ContactGraphType>>("contacts")
            .ReachesResource<UnitContract, object, Contact>()
            .Description("The contacts bound by the contract (null where casavi no longer knows a listed contact; left out when filtered or sorted).")
            .ResolveQueryableList<UnitContract, Contact>(context => context.Service<ResourceLoader<Contact>>().LoadManyAsync(context.Source.Contract.Contacts));

        this.ApplyExtensions(extensions);
    }
}
