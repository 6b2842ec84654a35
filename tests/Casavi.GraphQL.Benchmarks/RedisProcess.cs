using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Casavi.GraphQL.Benchmarks;

/// <summary>
/// The Redis that two gateway replicas share in the cost table: the one named by
/// <c>CASAVI_TEST_REDIS</c> (host:port), else a private <c>redis-server</c> from PATH on a free port,
/// without persistence, stopped on dispose.
/// </summary>
internal sealed class RedisProcess : IAsyncDisposable
{
    public const string EnvironmentVariable = "CASAVI_TEST_REDIS";

    private readonly Process? server;
    private readonly ConnectionMultiplexer admin;

    private RedisProcess(string endpoint, string description, Process? server, ConnectionMultiplexer admin)
    {
        Endpoint = endpoint;
        Description = description;
        this.server = server;
        this.admin = admin;
    }

    /// <summary>host:port, as <c>Cache:Redis</c> takes it.</summary>
    public string Endpoint { get; }

    public string Description { get; }

    /// <returns>The Redis, or null and why there is none (the replica rows then say so instead of failing the run).</returns>
    public static async Task<(RedisProcess? Redis, string Description)> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var admin = await ConnectAsync(configured, TimeSpan.FromSeconds(5));
            return admin is null
                ? (null, $"no redis at {EnvironmentVariable}={configured}")
                : (new RedisProcess(configured, $"{EnvironmentVariable}={configured}", null, admin), $"{EnvironmentVariable}={configured}");
        }

        var executable = FindOnPath("redis-server");
        if (executable is null)
            return (null, "no redis-server");
        var port = FreePort();
        var endpoint = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Persistence off: the benchmark's entries are worthless after the run and must not be written to disk.
            ArgumentList = { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--loglevel", "warning" },
        };
        var process = Process.Start(start);
        if (process is null)
            return (null, "no redis-server (it did not start)");
        // Drained so a chatty server cannot block on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var connection = await ConnectAsync(endpoint, TimeSpan.FromSeconds(10));
        if (connection is null)
        {
            await StopAsync(process);
            return (null, "no redis-server (it did not answer)");
        }

        var description = $"private redis-server on {endpoint}";
        return (new RedisProcess(endpoint, description, process, connection), description);
    }

    /// <summary>Empties Redis, so one row's entries cannot serve the next row.</summary>
    public async Task FlushAsync()
    {
        foreach (var node in admin.GetServers())
            await node.FlushAllDatabasesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await admin.DisposeAsync();
        if (server is not null)
            await StopAsync(server);
    }

    private static async Task StopAsync(Process process)
    {
        using (process)
        {
            if (!process.HasExited)
                process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Retries until the server answers, as a just-started redis-server takes a moment to listen.</summary>
    private static async Task<ConnectionMultiplexer?> ConnectAsync(string endpoint, TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FLUSHALL is an admin command.
                var connection = await ConnectionMultiplexer.ConnectAsync($"{endpoint},allowAdmin=true,connectTimeout=1000");
                if (connection.IsConnected)
                    return connection;
                await connection.DisposeAsync();
            }
            catch (RedisConnectionException) when (clock.Elapsed < patience)
            {
            }
            catch (RedisConnectionException)
            {
                return null;
            }

            if (clock.Elapsed >= patience)
                return null;
            await Task.Delay(100);
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
