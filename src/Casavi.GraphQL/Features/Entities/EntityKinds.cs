using Casavi.Contract.Content;
using Casavi.Contract.Integration;
using Casavi.Contract.MasterData;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Features.Entities;

/// <summary>
/// The entities mutations refer to or write, each with the request loader that serves it. The
/// mutation pipeline reaches loaders only through these, so a change of loader classes is made here.
/// </summary>
public static class EntityKinds
{
    public static readonly EntityKind<Property> Property = Of<Property>("Property", property => property.Id);

    public static readonly EntityKind<Contact> Contact = Of<Contact>("Contact", contact => contact.Id);

    public static readonly EntityKind<Ticket> Ticket = Of<Ticket>("Ticket", ticket => ticket.Id);

    public static readonly EntityKind<Post> Post = Of<Post>("Post", post => post.Id);

    public static readonly EntityKind<Appointment> Appointment = Of<Appointment>("Appointment", appointment => appointment.Id);

    public static readonly EntityKind<RestHook> RestHook = Of<RestHook>("RestHook", hook => hook.Id);

    private static EntityKind<TEntity> Of<TEntity>(string name, Func<TEntity, string> keyOf)
        where TEntity : class =>
        new(
            name,
            keyOf,
            services => services.GetRequiredService<ResourceLoader<TEntity>>(),
            (services, id, token) => services.GetRequiredService<ResourceLoader<TEntity>>().Resource.GetByIdAsync(services, id, token));
}
