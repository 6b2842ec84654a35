using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.Consumption;

public sealed class ConsumptionResourceNodeSource()
    : LoaderNodeSource<ConsumptionResourceGraphType, ConsumptionResourceLoader, ConsumptionResource>("ConsumptionResource");
