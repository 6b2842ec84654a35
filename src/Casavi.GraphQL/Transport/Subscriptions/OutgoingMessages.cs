using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace Casavi.GraphQL.Transport.Subscriptions;

/// <summary>
/// Messages waiting to be written to one client, in order, by one writer. Bounded: a client that reads
/// slower than its events arrive fills it, and is then cut off (<see cref="Overflowed"/>) instead of
/// holding memory or slowing the delivery to others.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "Observers may still send after the connection ended; a source without timers or links holds nothing to release.")]
internal sealed class OutgoingMessages
{
    private readonly Channel<string> channel;
    private readonly CancellationTokenSource overflow = new();

    public OutgoingMessages(int capacity) =>
        channel = Channel.CreateBounded<string>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Cancelled when a message found the queue full.</summary>
    public CancellationToken Overflowed => overflow.Token;

    public void Send(string message)
    {
        if (channel.Writer.TryWrite(message) || !channel.Writer.TryComplete())
            return;
        overflow.Cancel();
    }

    /// <summary>No more messages: the writer ends once it has written those waiting.</summary>
    public void Complete() => channel.Writer.TryComplete();

    public IAsyncEnumerable<string> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);
}
