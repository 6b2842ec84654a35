using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.RestHooks;

public sealed class RestHookNodeSource() : LoaderNodeSource<RestHookGraphType, RestHookLoader, RestHook>("RestHook");
