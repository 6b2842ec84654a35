using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Casavi.GraphQL.Tests.Infrastructure;

/// <summary>
/// A private <c>redis-server</c> on a free loopback port, without persistence; it can be stopped and started
/// again on the same port ("Redis down, Redis back"). <see cref="Shared"/> is the one for tests that only
/// need a Redis: <c>CASAVI_TEST_REDIS</c> (host:port) when set, else a private server for the whole run.
/// </summary>
public sealed class RedisServer : IDisposable
{
    public const string SharedVariable = "CASAVI_TEST_REDIS";
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(10);
    private static readonly Lazy<string> SharedEndpoint = new(StartShared);
    private readonly StringBuilder output = new();
    private Process? process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>host:port, as <c>Cache:Redis</c> takes it.</summary>
    public string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>host:port of a running Redis shared by the tests (never stopped by them).</summary>
    public static string Shared => SharedEndpoint.Value;

    public static RedisServer StartPrivate()
    {
        var server = new RedisServer(GatewayProcess.FreePort());
        server.Start();
        return server;
    }

    /// <summary>Starts redis-server on <see cref="Port"/> and returns once it answers PING.</summary>
    public void Start()
    {
        // A shell between the tests and redis-server kills it when its stdin closes: a test run that ends
        // without disposing (killed, or static servers at exit) leaves no server behind.
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "-c", "\"$0\" \"$@\" & server=$!; read -r _; kill $server", Executable(),
            "--port", $"{Port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
        ];
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartLimit;
        while (!AnswersPing())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"redis-server on port {Port} did not answer PING:\n{Output}");
            Thread.Sleep(20);
        }
    }

    /// <summary>Kills the server; clients see their connections drop.</summary>
    public void Stop()
    {
        if (process is null)
            return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
        process = null;
    }

    public void Dispose() => Stop();

    private string Output
    {
        get { lock (output) return output.ToString(); }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private bool AnswersPing()
    {
        try
        {
            using var client = new TcpClient("127.0.0.1", Port);
            using var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var answer = new byte[7];
            var read = stream.Read(answer);
            return Encoding.ASCII.GetString(answer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string StartShared()
    {
        var configured = Environment.GetEnvironmentVariable(SharedVariable);
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        // Lives as long as the test run: it ends with the run's process.
        return StartPrivate().Endpoint;
    }

    private static string Executable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "redis-server"))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException(
            $"redis-server was not found on PATH: install redis-server (Debian: apt-get install redis-server) or set {SharedVariable} to the host:port of a running Redis.");
}
