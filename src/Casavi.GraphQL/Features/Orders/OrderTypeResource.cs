using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Orders;

/// <summary>Kinds of work orders; casavi lists them but serves none by id.</summary>
public sealed class OrderTypeResource : CasaviResource<OrderType, OrderTypeGraphType, ITicketsApi>
{
    public OrderTypeResource()
        : base("OrderType", value => value.Id, null, (api, token) => api.ListOrderTypesAsync(token))
    {
        RootList = new RootList<OrderType, ITicketsApi, NoFilter>(
            "orderTypes",
            "The kinds of work orders, in casavi's order.",
            (api, _, token) => api.ListOrderTypesAsync(token),
            _ => NoFilter.Instance);
    }
}
