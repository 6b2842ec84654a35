using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class ImportJobNodeSource() : LoaderNodeSource<ImportJobGraphType, ImportJobLoader, ImportJob>("ImportJob");
