namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>How loaders choose between by-id requests and one walk of a list (section "Gateway:Batching").</summary>
public sealed class BatchingOptions
{
    /// <summary>
    /// Batches up to this many keys are fetched by id, in parallel (one wave); larger ones walk the
    /// list endpoint once and index it, which costs a page per 25 entities instead of a request per
    /// entity. The default matches the client's concurrency cap, so a by-id batch is one wave.
    /// </summary>
    public int ByIdMaxKeys { get; set; } = 16;

    /// <summary>
    /// When a list's links name page numbers, walks after the first one request all pages the list
    /// had last time in parallel: one dependent round trip instead of one per page.
    /// </summary>
    public bool ParallelPages { get; set; } = true;
}
