using Casavi.Contract.Integration;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class ImportPropertyInputGraphType : InputObjectGraphType<ImportProperty>
{
    public ImportPropertyInputGraphType()
    {
        Name = "ImportPropertyInput";
        Description = "A property to create or update, identified by its reference ID.";
        Field(property => property.Id).Description("Reference ID of the property (e.g. P-00451); unique among the imported properties.");
        Field(property => property.Name).Description("Name of the property (e.g. Easy Living Apartments); must not be blank.");
        Field(property => property.Street, nullable: true).Description("Street and house number.");
        Field(property => property.PostalCode, nullable: true).Description("Postal code.");
        Field(property => property.City, nullable: true).Description("City.");
        Field(property => property.Country, nullable: true).Description("Country.");
        Field(property => property.Number, nullable: true).Description("The property manager's own number for the property.");
        Field(property => property.Note, nullable: true).Description("Free-text note.");
    }
}
