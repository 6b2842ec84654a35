using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace Casavi.GraphQL.Benchmarks.FanOut;

/// <summary>
/// The subscribers in a process of their own (this program again, mode <c>fanout-clients</c>), so the
/// gateway's process holds only the server side of each connection: its memory per subscriber.
/// </summary>
internal static class SeparateClients
{
    public const string Mode = "fanout-clients";
    private const string Ready = "subscribed";

    /// <summary>The child: subscribes <paramref name="subscribers"/> clients, says so, and holds them until its input closes.</summary>
    public static async Task RunAsync(Uri endpoint, int subscribers)
    {
        var clients = new FanOutClient[subscribers];
        await Parallel.ForAsync(0, subscribers, new ParallelOptions { MaxDegreeOfParallelism = FanOutBenchmark.ConnectParallelism }, async (i, cancellationToken) =>
            clients[i] = await FanOutClient.SubscribeAsync(endpoint, FanOutBenchmark.Query, cancellationToken));
        Console.WriteLine(Ready);
        await Console.In.ReadToEndAsync();
        foreach (var client in clients)
            await client.DisposeAsync();
    }

    /// <summary>Starts the child; disposing the result closes its input, which ends it.</summary>
    public static async Task<Process> StartAsync(Uri endpoint, int subscribers)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        // Run through the dotnet host, the program's own path comes first.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var argument in new[] { Mode, endpoint.ToString(), subscribers.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        var child = Process.Start(start)!;
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line == Ready)
                return child;
        }

        throw new InvalidOperationException($"The client process ended before its {subscribers} clients subscribed (exit code {child.ExitCode}).");
    }

    public static async Task StopAsync(Process child)
    {
        child.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await child.WaitForExitAsync(timeout.Token);
        child.Dispose();
    }
}
