using Casavi.GraphQL.Transport.Subscriptions;

namespace Casavi.GraphQL.Tests.Subscriptions;

/// <summary>A client that does not read is cut off once its queue is full; until then nothing is lost or reordered.</summary>
public sealed class OutgoingMessagesTests
{
    [Fact]
    public async Task Messages_within_the_capacity_are_written_in_order()
    {
        var outgoing = new OutgoingMessages(3);

        outgoing.Send("a");
        outgoing.Send("b");
        outgoing.Send("c");
        outgoing.Complete();

        Assert.False(outgoing.Overflowed.IsCancellationRequested);
        Assert.Equal(["a", "b", "c"], await outgoing.ReadAllAsync(CancellationToken.None).ToListAsync());
    }

    [Fact]
    public void One_message_more_than_the_capacity_cuts_the_client_off()
    {
        var outgoing = new OutgoingMessages(2);
        outgoing.Send("a");
        outgoing.Send("b");

        outgoing.Send("c");

        Assert.True(outgoing.Overflowed.IsCancellationRequested);
    }

    [Fact]
    public void Messages_after_the_end_are_dropped_without_counting_as_overflow()
    {
        var outgoing = new OutgoingMessages(1);
        outgoing.Complete();

        outgoing.Send("late");

        Assert.False(outgoing.Overflowed.IsCancellationRequested);
    }
}
