using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Features.Tickets;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Orders;

public sealed class OrderQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.ConnectionField<object?, OrderGraphType>("orders")
            .Description("Work orders of all tickets, in casavi's order; the status filter is applied by casavi.")
            .Argument<OrderStatusGraphType>("status", "Only orders in this status.")
            .ResolveAsync(async context =>
            {
                var status = EnumFilter.Read<OrderStatus>(context, "status");
                var api = context.Service<ITicketsApi>();
                var loader = context.Service<OrderByIdLoader>();
                var list = new CasaviList<Order>($"orders?status={status}", token => api.ListOrdersAsync(status, token));
                return await context.ResolveListAsync(list, order => loader.Prime(order.Id, order));
            });

        query.ConnectionField<object?, OrderTypeGraphType>("orderTypes")
            .Description("The kinds of work orders, in casavi's order.")
            .ResolveAsync(async context =>
            {
                var api = context.Service<ITicketsApi>();
                var loader = context.Service<OrderTypeLoader>();
                return await context.ResolveListAsync(new CasaviList<OrderType>("orderTypes", api.ListOrderTypesAsync), type => loader.Prime(type.Id, type));
            });
    }
}
