using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Properties;

/// <summary>What lists of properties can be filtered and sorted by.</summary>
public sealed class PropertyFields : QueryableFields<Property>
{
    public PropertyFields()
        : base("Property", property => property.Id)
    {
        Text("referenceId", property => property.Id, "casavi reference ID of the property.");
        Text("name", property => property.Name, "Name of the property.");
        Text("number", property => property.Number, "The property management's number for the property.");
        Text("city", property => property.City, "City.");
        Text("postalCode", property => property.PostalCode, "Postal code.");
        Text("country", property => property.Country, "Country.");
    }
}
