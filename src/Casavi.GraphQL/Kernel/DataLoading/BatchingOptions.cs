namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>How loaders choose between by-id requests and one walk of a list (section "Gateway:Batching").</summary>
public sealed class BatchingOptions
{
    /// <summary>
    /// The most keys a batch fetches by id, in parallel; within it <see cref="BatchCost"/> picks by id
    /// or a walk of the list, whichever costs fewer requests. Larger batches always walk the list,
    /// which costs a page per 25 entities instead of a request per entity. The default matches the
    /// client's concurrency cap, so a by-id batch is one wave.
    /// </summary>
    public int ByIdMaxKeys { get; set; } = 16;

    /// <summary>
    /// When a list's next links name page numbers, walks request pages by number in parallel rounds
    /// (<see cref="ListScanner"/>); false follows the links one page per round trip.
    /// </summary>
    public bool ParallelPages { get; set; } = true;
}
