using Casavi.Contract.Integration;
using Casavi.GraphQL.Relay;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class ImportJobNodeSource() : LoaderNodeSource<ImportJobGraphType, ImportJobLoader, ImportJob>("ImportJob");
