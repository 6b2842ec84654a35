using Casavi.Contract.MasterData;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Contacts;

/// <summary>Built by hand rather than from the enum: UNKNOWN only absorbs values casavi may add, filtering by it makes no sense.</summary>
public sealed class ContactRoleGraphType : EnumerationGraphType
{
    public ContactRoleGraphType()
    {
        Name = "ContactRole";
        Description = "A role a contact holds through its contracts, for filtering contacts.";
        Add("OWNER", ContactRole.Owner, "Contacts with an owner contract.");
        Add("RENTER", ContactRole.Renter, "Contacts with a renter contract.");
    }
}
