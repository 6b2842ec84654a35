using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Contacts;

public sealed class ContactQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.ConnectionField<object?, ContactGraphType>("contacts")
            .Description("All contacts of the account, in casavi's order, optionally filtered.")
            .Argument<ContactRoleGraphType>("role", "Only contacts holding this role through a contract.")
            .Argument<BooleanGraphType>("isRegistered", "Only contacts that have (true) or have not (false) registered a casavi account.")
            .Argument<BooleanGraphType>("isInvited", "Only contacts that have (true) or have not (false) been invited.")
            .Argument<DateTimeScalar>("modifiedAfter", "Only contacts modified after this moment.")
            .ResolveAsync(async context =>
            {
                var role = context.GetArgument<ContactRole?>("role");
                var isRegistered = context.GetArgument<bool?>("isRegistered");
                var isInvited = context.GetArgument<bool?>("isInvited");
                var modifiedAfter = context.GetArgument<DateTimeOffset?>("modifiedAfter");
                var api = context.Service<IContactsApi>();
                var loader = context.Service<ContactByIdLoader>();
                var list = new CasaviList<Contact>(
                    $"contacts?role={role}&isRegistered={isRegistered}&isInvited={isInvited}&modifiedAfter={modifiedAfter:O}",
                    token => api.ListAsync(role, isRegistered, isInvited, modifiedAfter, token));
                return await context.ResolveListAsync(list, contact => loader.Prime(contact.Id, contact));
            });

        query.ReferenceIdField<ContactGraphType, ContactByIdLoader, Contact>("contact", "Contact");
    }
}
