using Casavi.Contract.Content;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Properties;
using Casavi.GraphQL.Features.Units;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Documents;

public sealed class DocumentShareGraphType : ObjectGraphType<DocumentShare>
{
    public DocumentShareGraphType()
    {
        Name = "DocumentShare";
        Description = "Who a document is shared with: a property, or one unit of it, and which roles there.";
        Field<NonNullGraphType<DocumentShareTargetGraphType>>("with").Description("Shared with the whole property or one unit.").Resolve(context => context.Source.With);
        Field("propertyReferenceId", share => share.PropertyId).Description("Reference ID of the property.");
        this.ReferenceField<DocumentShare, PropertyGraphType, Property>("property", share => share.PropertyId)
            .Description("The property the document is shared in.");
        Field("unitReferenceId", share => share.UnitId, nullable: true).Description("Reference ID of the unit, when shared with one unit.");
        Field<UnitGraphType>("unit")
            .Description("The unit, when the document is shared with one unit; null for a share with a whole property.")
            .Resolve(context => context.Source.UnitId is { } unitId ? context.Service<ResourceLoader<Unit>>().LoadAsync(unitId) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("Who sees it: `owner`, `renter`, `resident`, `all` (= owner, renter and resident), `internal`, or a custom service provider "
                + "type written `custom:<name>`. Plain strings because custom types are open-ended. Empty when shared `internal` only.")
            .Resolve(context => context.Source.Roles);
    }
}
