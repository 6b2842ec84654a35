using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Casavi.Client.Tests.Support;

/// <summary>A fake clock that also tells which timers were set, so a test knows a retry delay is pending before it advances time.</summary>
internal sealed class ObservableTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> dueTimes = new();

    public IReadOnlyCollection<TimeSpan> DueTimes => [.. dueTimes];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        dueTimes.Enqueue(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
