namespace Casavi.Client.Tests.Support;

internal static class ScriptedAnswers
{
    /// <summary>The first request gets <paramref name="first"/>, every later one <paramref name="then"/>.</summary>
    public static Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> FirstThen(
        Func<HttpResponseMessage> first, Func<HttpResponseMessage> then)
    {
        var answered = 0;
        return (_, _) => Task.FromResult(Interlocked.Increment(ref answered) == 1 ? first() : then());
    }
}
