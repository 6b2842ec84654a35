using System.Globalization;
using System.Runtime.InteropServices;
using Casavi.GraphQL.Benchmarks.FanOut;

namespace Casavi.GraphQL.Benchmarks;

/// <summary>
/// Modes:
/// <list type="bullet">
/// <item>(default) <c>[latencyMs] [--seconds N] [--clients N] [--only cost|throughput]</c>: the cost table (A) and gateway throughput (B).</item>
/// <item><c>strategies [latencyMs]</c>: the batching strategies side by side.</item>
/// <item><c>outage [seconds] [clients] [dll]</c>: what the gateway logs while casavi is down.</item>
/// <item><c>bombs [seconds]</c>: cost-limit refusals of the probes, memory and throughput beside them.</item>
/// <item><c>fanout [subscribers]</c>: one event delivered to N WebSocket subscribers (default 1000): latency, casavi requests, memory.</item>
/// <item><c>stall [readers]</c>: N reading WebSocket subscribers and one that never reads (default 200): when it is cut off, the readers' latency around it.</item>
/// </list>
/// Compare rows of one run with each other; absolute times depend on the machine, printed first.
/// </summary>
internal static class Benchmark
{
    private const int DefaultLatencyMilliseconds = 20;

    public static async Task<int> Main(string[] args)
    {
        if (args is ["outage", .. var outageArgs])
        {
            await OutageLogBenchmark.RunAsync(outageArgs);
            return 0;
        }

        if (args is [SeparateClients.Mode, var endpoint, var count])
        {
            await SeparateClients.RunAsync(new Uri(endpoint), int.Parse(count, CultureInfo.InvariantCulture));
            return 0;
        }

        GatewaySettings.LocateGatewayProject();
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}, {RuntimeInformation.FrameworkDescription}");
        if (args is ["strategies", .. var strategyArgs])
        {
            await StrategyComparison.RunAsync(strategyArgs.Length > 0 ? int.Parse(strategyArgs[0], CultureInfo.InvariantCulture) : 30);
            return 0;
        }

        if (args is ["bombs", .. var bombArgs])
        {
            await BombReplay.RunAsync(TimeSpan.FromSeconds(bombArgs.Length > 0 ? double.Parse(bombArgs[0], CultureInfo.InvariantCulture) : 10));
            return 0;
        }

        if (args is ["stall", .. var stallArgs])
        {
            await Stall.StallBenchmark.RunAsync(stallArgs.Length > 0 ? int.Parse(stallArgs[0], CultureInfo.InvariantCulture) : 200);
            return 0;
        }

        if (args is ["fanout", .. var fanOutArgs])
        {
            await FanOutBenchmark.RunAsync(fanOutArgs.Length > 0 ? int.Parse(fanOutArgs[0], CultureInfo.InvariantCulture) : 1000);
            return 0;
        }

        var options = CostAndThroughputOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: [latencyMs] [--seconds N] [--clients N] [--only cost|throughput] | strategies [latencyMs] | bombs [seconds] | fanout [subscribers] | stall [readers] | outage [seconds] [clients] [dll]");
            return 2;
        }

        if (options.Cost)
        {
            var (redis, redisDescription) = await RedisProcess.StartAsync();
            await using (redis)
                await CostTable.RunAsync(options.LatencyMilliseconds, redis, redisDescription);
        }

        if (options.Throughput)
            await ThroughputLoop.RunAsync(options.LatencyMilliseconds, options.Duration, options.Clients);
        return 0;
    }

    private sealed record CostAndThroughputOptions(int LatencyMilliseconds, TimeSpan Duration, int Clients, bool Cost, bool Throughput)
    {
        /// <returns>Null when an argument is not understood.</returns>
        public static CostAndThroughputOptions? Parse(string[] args)
        {
            var options = new CostAndThroughputOptions(DefaultLatencyMilliseconds, TimeSpan.FromSeconds(10), 16, Cost: true, Throughput: true);
            for (var i = 0; i < args.Length; i++)
            {
                var value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--seconds" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0:
                        options = options with { Duration = TimeSpan.FromSeconds(seconds) };
                        i++;
                        break;
                    case "--clients" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var clients) && clients > 0:
                        options = options with { Clients = clients };
                        i++;
                        break;
                    case "--only" when value is "cost" or "throughput":
                        options = options with { Cost = value == "cost", Throughput = value == "throughput" };
                        i++;
                        break;
                    case var latency when i == 0 && int.TryParse(latency, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds):
                        options = options with { LatencyMilliseconds = milliseconds };
                        break;
                    default:
                        return null;
                }
            }

            return options;
        }
    }
}
