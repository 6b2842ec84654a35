using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.Properties;

public sealed class PropertyNodeSource() : LoaderNodeSource<PropertyGraphType, PropertyByIdLoader, Property>("Property");
