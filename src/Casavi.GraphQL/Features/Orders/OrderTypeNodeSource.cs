using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.Orders;

public sealed class OrderTypeNodeSource() : LoaderNodeSource<OrderTypeGraphType, OrderTypeLoader, OrderType>("OrderType");
