using System.ComponentModel;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>How a create reached casavi, for creates that can recover from a lost answer.</summary>
public enum WriteOutcome
{
    [Description("casavi answered the first request with the created entity.")]
    Created,

    [Description("The first request failed without a clear answer (timeout or 5xx), but reading back by the reference ID showed casavi had applied it.")]
    RecoveredAfterUpstreamError,

    [Description("The first request failed without a clear answer and had not been applied; the gateway sent it once more (safe: casavi refuses a taken reference ID as a conflict).")]
    CreatedOnRetry,
}
