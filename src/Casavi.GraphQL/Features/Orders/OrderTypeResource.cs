using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Orders;

/// <summary>Kinds of work orders; casavi lists them but serves none by id.</summary>
public sealed class OrderTypeResource() : ListedResource<OrderType, OrderTypeGraphType, ITicketsApi>(
    "OrderType", value => value.Id, (api, token) => api.ListOrderTypesAsync(token), "orderTypes", "The kinds of work orders, in casavi's order.");
