namespace Casavi.Client.Tests.Support;

/// <summary>Waits for a condition other tasks bring about; the limit only keeps a broken test from hanging.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static async Task<bool> TrueAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(5);
        }

        return true;
    }

    /// <summary>Lets queued continuations run, for checks that something did <em>not</em> happen.</summary>
    public static Task SettleAsync() => Task.Delay(100);

    public static Task<T> WithinLimit<T>(this Task<T> task) => task.WaitAsync(Limit);

    public static Task WithinLimit(this Task task) => task.WaitAsync(Limit);
}
