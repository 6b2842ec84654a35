using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Contracts;
using Casavi.GraphQL.Features.Properties;
using Casavi.GraphQL.Features.Units;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Contacts;

public sealed class ContactGraphType : ObjectGraphType<Contact>
{
    public ContactGraphType(IEnumerable<ITypeExtension<ContactGraphType>> extensions)
    {
        Name = "Contact";
        Description = "A person or company known to the property manager: owner, renter, service provider.";
        this.IsNode(contact => contact.Id);

        Field("referenceId", contact => contact.Id).Description("casavi reference ID of the contact (e.g. C-0000312).");
        Field(contact => contact.InternalId, nullable: true).Description("casavi's internal database id, where casavi gives one.");
        Field(contact => contact.FirstName, nullable: true).Description("First name.");
        Field(contact => contact.LastName, nullable: true).Description("Last name.");
        Field(contact => contact.CompanyName, nullable: true).Description("Company name, for companies.");
        Field(contact => contact.Email, nullable: true).Description("E-mail address.");
        Field(contact => contact.Telephone, nullable: true).Description("Telephone number.");
        Field(contact => contact.Mobile, nullable: true).Description("Mobile number.");
        Field(contact => contact.Street, nullable: true).Description("Street and house number.");
        Field(contact => contact.PostalCode, nullable: true).Description("Postal code.");
        Field(contact => contact.City, nullable: true).Description("City.");
        Field(contact => contact.Country, nullable: true).Description("Country.");
        Field(contact => contact.IsRegistered, nullable: true).Description("Whether the contact has registered a casavi account.");
        Field(contact => contact.IsInvited, nullable: true).Description("Whether the contact has been invited to casavi.");
        Field<JsonScalar>("customFields").Description("Custom fields defined by the property manager, by name.").Resolve(context => context.Source.CustomFields);
        Field<UrlScalar>("appLink").Description("Link to the contact in the casavi web app.").Resolve(context => context.Source.AppLink);

        Field<ListGraphType<NonNullGraphType<ContractGraphType>>>("contracts")
            .ReachesResource<Contact, object, Unit>()
            .Description("The contact's owner and renter contracts, read from their units.")
            .ContractSelectionArguments()
            .ResolveQueryableList<Contact, UnitContract>(context => ContractsOf(context, ContractSelection.From(context)));
        Field<ListGraphType<NonNullGraphType<UnitGraphType>>>("units")
            .ReachesResource<Contact, object, Unit>()
            .Description("The units the contact has active contracts for.")
            .ResolveQueryableList<Contact, Unit>(context => ContractsOf(context, ContractSelection.Active).Then(contracts => contracts.Select(contract => contract.Unit).DistinctBy(unit => unit.Id).ToList()));
        Field<ListGraphType<NonNullGraphType<PropertyGraphType>>>("properties")
            .ReachesResource<Contact, object, Unit>()
            .ReachesResource<Contact, object, Property>()
            .Description("The properties the contact has active contracts in.")
            .ResolveQueryableList<Contact, Property>(context => ContractsOf(context, ContractSelection.Active).Then(contracts =>
                context.Service<ResourceLoader<Property>>().LoadManyAsync(contracts.Select(contract => contract.Unit.PropertyId).OfType<string>().Distinct())
                    .Then(properties => properties.OfType<Property>().ToList())));

        this.ApplyExtensions(extensions);
    }

    private static IDataLoaderResult<List<UnitContract>> ContractsOf(IResolveFieldContext<Contact> context, ContractSelection selection)
    {
        var contactId = context.Source.Id;
        var unitIds = context.Source.Contracts.Select(contract => contract.UnitId).OfType<string>().Distinct(StringComparer.Ordinal);
        var clock = context.Service<TimeProvider>();
        return context.Service<ResourceLoader<Unit>>().LoadManyAsync(unitIds).Then(units => units
            .OfType<Unit>()
            .SelectMany(unit => UnitContract.Of(unit, selection, clock))
            .Where(contract => contract.Contract.Contacts.Contains(contactId))
            .ToList());
    }
}
