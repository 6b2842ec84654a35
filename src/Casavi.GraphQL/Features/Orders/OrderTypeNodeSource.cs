using Casavi.Contract.Tickets;
using Casavi.GraphQL.Relay;

namespace Casavi.GraphQL.Features.Orders;

public sealed class OrderTypeNodeSource() : LoaderNodeSource<OrderTypeGraphType, OrderTypeLoader, OrderType>("OrderType");
