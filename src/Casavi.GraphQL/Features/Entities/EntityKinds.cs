using Casavi.Contract.Content;
using Casavi.Contract.Integration;
using Casavi.Contract.MasterData;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Features.Appointments;
using Casavi.GraphQL.Features.Contacts;
using Casavi.GraphQL.Features.Posts;
using Casavi.GraphQL.Features.Properties;
using Casavi.GraphQL.Features.RestHooks;
using Casavi.GraphQL.Features.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Mutations;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Features.Entities;

/// <summary>
/// The entities mutations refer to or write, each with the request loader that serves it. The
/// mutation pipeline reaches loaders only through these, so a change of loader classes is made here.
/// </summary>
public static class EntityKinds
{
    public static readonly EntityKind<Property> Property = Of<Property, PropertyByIdLoader>("Property", property => property.Id);

    public static readonly EntityKind<Contact> Contact = Of<Contact, ContactByIdLoader>("Contact", contact => contact.Id);

    public static readonly EntityKind<Ticket> Ticket = Of<Ticket, TicketByIdLoader>("Ticket", ticket => ticket.Id);

    public static readonly EntityKind<Post> Post = Of<Post, PostByIdLoader>("Post", post => post.Id);

    public static readonly EntityKind<Appointment> Appointment = Of<Appointment, AppointmentByIdLoader>("Appointment", appointment => appointment.Id);

    public static readonly EntityKind<RestHook> RestHook = Of<RestHook, RestHookLoader>("RestHook", hook => hook.Id);

    private static EntityKind<TEntity> Of<TEntity, TLoader>(string name, Func<TEntity, string> keyOf)
        where TEntity : class
        where TLoader : BatchLoader<string, TEntity> =>
        new(name, keyOf, services => services.GetRequiredService<TLoader>());
}
