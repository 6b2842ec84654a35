using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Contracts;
using Casavi.GraphQL.Features.Properties;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Units;

public sealed class UnitGraphType : ObjectGraphType<Unit>
{
    public UnitGraphType(IEnumerable<ITypeExtension<UnitGraphType>> extensions)
    {
        Name = "Unit";
        Description = "An apartment, commercial unit or parking space in a property.";
        this.IsNode(unit => unit.Id);

        Field("referenceId", unit => unit.Id).Description("casavi reference ID of the unit, unique across all units (e.g. P-00451-0001).");
        Field(unit => unit.InternalId).Description("casavi's internal database id.");
        Field(unit => unit.Name).Description("Display name of the unit.");
        Field(unit => unit.Number, nullable: true).Description("Sequential number of the unit, unique within its property.");
        Field(unit => unit.Area, nullable: true).Description("Area in square meters, as casavi stores it (text).");
        Field(unit => unit.Floor, nullable: true).Description("The floor the unit is on.");
        Field(unit => unit.Rooms, nullable: true).Description("Number of rooms, as casavi stores it (text).");
        Field(unit => unit.MscNumber, nullable: true).Description("ID of the unit at the measuring service company.");
        Field(unit => unit.PropertyMscNumber, nullable: true).Description("ID of the property at the measuring service company.");
        Field<NonNullGraphType<UnitPurposeGraphType>>("purpose").Description("Intended usage of the unit.").Resolve(context => context.Source.Purpose);
        Field(unit => unit.VotingShare, nullable: true).Description("Voting share (MEA) for value-based voting; present only with the Hybrid Digital Owner Assembly feature.");
        Field(unit => unit.Note, nullable: true).Description("Free-text note.");
        Field(unit => unit.Address, nullable: true).Description("Street of the unit as casavi stores it; may be empty, see `street`.");
        Field<StringGraphType>("street")
            .ReachesResource<Unit, object, Property>()
            .Description("The unit's street: its own address, else the property address that lists the unit.")
            .Resolve(context => string.IsNullOrEmpty(context.Source.Address) ? StreetFromProperty(context) : context.Source.Address);
        Field<JsonScalar>("customFields").Description("Custom fields defined by the property manager, by name.").Resolve(context => context.Source.CustomFields);
        Field<UrlScalar>("appLink").Description("Link to the unit in the casavi web app.").Resolve(context => context.Source.AppLink);
        this.ReferenceField<Unit, PropertyGraphType, Property>("property", unit => unit.PropertyId)
            .Description("The property the unit belongs to.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContractGraphType>>>>("contracts")
            .Description("Owner and renter contracts of the unit.")
            .ContractSelectionArguments()
            .ResolveQueryableList<Unit, UnitContract>(context => UnitContract.Of(context.Source, ContractSelection.From(context), context.Service<TimeProvider>()));

        this.ApplyExtensions(extensions);
    }

    private static object? StreetFromProperty(IResolveFieldContext<Unit> context) =>
        context.Source.PropertyId is { } propertyId
            ? Kernel.DataLoading.DataLoaderResultExtensions.Then(
                context.Service<ResourceLoader<Property>>().LoadAsync(propertyId),
                property => property?.Addresses.FirstOrDefault(address => address.Units.Contains(context.Source.Id))?.Street)
            : null;
}
