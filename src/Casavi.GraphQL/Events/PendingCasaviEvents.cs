using System.Threading.Channels;

namespace Casavi.GraphQL.Events;

/// <summary>
/// Received events waiting for their effect, so casavi's call is answered at once. Bounded: when casavi
/// sends faster than they are handled the oldest is dropped (and logged); its account's cache then
/// stays until a later event of the account or its TTL.
/// </summary>
public sealed partial class PendingCasaviEvents
{
    private const int Capacity = 1_000;

    private readonly Channel<CasaviEvent> channel;

    public PendingCasaviEvents(ILogger<PendingCasaviEvents> logger) =>
        channel = Channel.CreateBounded<CasaviEvent>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            dropped => LogDropped(logger, dropped.Name, dropped.EntityId, dropped.Account.Name, Capacity));

    private long received;

    /// <summary>Events received by this replica since it started.</summary>
    public long Received => Interlocked.Read(ref received);

    public void Enqueue(CasaviEvent change)
    {
        Interlocked.Increment(ref received);
        channel.Writer.TryWrite(change);
    }

    public IAsyncEnumerable<CasaviEvent> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "casavi event {Event} for {EntityId} of account {Account} dropped: {Capacity} events were waiting")]
    private static partial void LogDropped(ILogger logger, string @event, string entityId, string account, int capacity);
}
