using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Resources;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Contacts;

/// <summary>casavi's contacts: by id and as a list casavi filters by role, registration, invitation and modification time.</summary>
public sealed class ContactResource : CasaviResource<Contact, ContactGraphType, IContactsApi>
{
    /// <summary>What mutations refer to or write.</summary>
    public static EntityKind<Contact> Kind { get; } = EntityKind.Of(new ContactResource());

    public ContactResource()
        : base("Contact", contact => contact.Id, (api, id, token) => api.GetAsync(id, token), (api, token) => api.ListAsync(null, null, null, null, token))
    {
        ByIdField = "contact";
        ByIdRouteIsAssumed = true;
        ChangedSince = (api, since, token) => api.ListAsync(null, null, null, since, token);
        RootList = new RootList<Contact, IContactsApi, Filter>(
            "contacts",
            "All contacts of the account, in casavi's order, optionally filtered. `isRegistered` and `isInvited` (as arguments, or as one value in `where`) are passed on to casavi; the gateway checks every condition on what it answers.",
            (api, filter, token) => api.ListAsync(filter.Role, filter.IsRegistered, filter.IsInvited, filter.ModifiedAfter, token),
            context => new Filter(
                context.GetArgument<ContactRole?>("role"),
                context.GetArgument<bool?>("isRegistered"),
                context.GetArgument<bool?>("isInvited"),
                context.GetArgument<DateTimeOffset?>("modifiedAfter")))
        {
            PushDown = (filter, where) => filter with
            {
                IsRegistered = where.Equal("isRegistered", filter.IsRegistered),
                IsInvited = where.Equal("isInvited", filter.IsInvited),
            },
            Arguments = field => field
                .Argument<ContactRoleGraphType>("role", "Only contacts holding this role through a contract.")
                .Argument<BooleanGraphType>("isRegistered", "Only contacts that have (true) or have not (false) registered a casavi account.")
                .Argument<BooleanGraphType>("isInvited", "Only contacts that have (true) or have not (false) been invited.")
                .Argument<DateTimeScalar>("modifiedAfter", "Only contacts modified after this moment."),
        };
    }

    private sealed record Filter(ContactRole? Role, bool? IsRegistered, bool? IsInvited, DateTimeOffset? ModifiedAfter);
}
