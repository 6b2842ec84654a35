using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Mutations;

public sealed class WriteOutcomeGraphType : EnumerationGraphType<WriteOutcome>
{
    public WriteOutcomeGraphType()
    {
        Name = "WriteOutcome";
        Description = "How a create with a caller-chosen reference ID reached casavi. Writes are never retried blindly: only when the caller "
            + "supplied the reference ID does the gateway read back after an unclear failure and, if nothing was written, send the create once more.";
    }
}
