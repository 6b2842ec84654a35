using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.Units;

public sealed class UnitNodeSource() : LoaderNodeSource<UnitGraphType, UnitByIdLoader, Unit>("Unit");
