using Casavi.Contract.Integration;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class ImportContactInputGraphType : InputObjectGraphType<ImportContact>
{
    public ImportContactInputGraphType()
    {
        Name = "ImportContactInput";
        Description = "A contact to create or update, identified by its reference ID, with their contracts.";
        Field(contact => contact.Id).Description("Reference ID of the contact (e.g. C-0000312); unique among the imported contacts.");
        Field(contact => contact.FirstName, nullable: true).Description("First name.");
        Field(contact => contact.LastName, nullable: true).Description("Last name.");
        Field(contact => contact.CompanyName, nullable: true).Description("Company name, for contacts that are companies.");
        Field(contact => contact.Email, nullable: true).Description("E-mail address.");
        Field(contact => contact.Telephone, nullable: true).Description("Telephone number.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportContractInputGraphType>>>>("contracts")
            .Description("The contact's contracts with units.")
            .DefaultValue(new List<object>());
    }
}
