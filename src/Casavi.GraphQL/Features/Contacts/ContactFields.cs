using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Contacts;

/// <summary>What lists of contacts can be filtered and sorted by.</summary>
public sealed class ContactFields : QueryableFields<Contact>
{
    public ContactFields()
        : base("Contact", contact => contact.Id)
    {
        Text("referenceId", contact => contact.Id, "casavi reference ID of the contact.");
        Text("firstName", contact => contact.FirstName, "First name.");
        Text("lastName", contact => contact.LastName, "Last name.");
        Text("companyName", contact => contact.CompanyName, "Company name, for companies.");
        Text("email", contact => contact.Email, "E-mail address.");
        Text("city", contact => contact.City, "City.");
        Text("postalCode", contact => contact.PostalCode, "Postal code.");
        YesNo("isRegistered", contact => contact.IsRegistered, "Whether the contact has registered a casavi account.");
        YesNo("isInvited", contact => contact.IsInvited, "Whether the contact has been invited to casavi.");
    }
}
