using Casavi.Contract.MasterData;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Contacts;

public sealed class ContactRoleGraphType : EnumerationGraphType<ContactRole>
{
    public ContactRoleGraphType()
    {
        Name = "ContactRole";
        Description = "A role a contact holds through its contracts, for filtering contacts.";
        Values.Remove(Values.FindByValue(ContactRole.Unknown)!);
    }
}
