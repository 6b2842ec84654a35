namespace Casavi.GraphQL.Tests.Infrastructure;

/// <summary>Waits for something that happens in the background (a probe, a write), nudging it along with fake time.</summary>
public static class Eventually
{
    /// <summary>Repeats <paramref name="step"/> until <paramref name="condition"/> holds; a real-time limit keeps a broken guard from hanging the run.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, Action? step = null)
    {
        for (var waited = 0; waited < 10_000; waited += 10)
        {
            if (await condition())
                return;
            step?.Invoke();
            await Task.Delay(10);
        }

        Assert.True(await condition(), "the condition did not hold within 10 s");
    }
}
