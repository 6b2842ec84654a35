using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Casavi.GraphQL.Tests.Infrastructure;

/// <summary>
/// The gateway as operators start it: <c>dotnet Casavi.GraphQL.dll</c> in its own process, from the
/// folder that holds it, with only the environment and arguments given here (no launch profile).
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly StringBuilder output = new();
    private bool disposed;

    private GatewayProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Everything the process wrote to stdout and stderr so far, line by line.</summary>
    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    /// <summary>
    /// The environment of a Production process on the embedded sandbox, open to anonymous callers, listening
    /// at <paramref name="address"/> when given; <paramref name="extra"/> settings are added or replace these.
    /// </summary>
    public static Dictionary<string, string> ProductionOnSandbox(string? address, params (string Name, string Value)[] extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Casavi__Upstream"] = "Sandbox",
            ["Auth__AllowAnonymous"] = "true",
        };
        if (address is not null)
            environment["ASPNETCORE_URLS"] = address;
        foreach (var (name, value) in extra)
            environment[name] = value;
        return environment;
    }

    public static GatewayProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Casavi.GraphQL.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var inherited in start.Environment.Keys.Where(IsHostSetting).ToList())
            start.Environment.Remove(inherited);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        return new GatewayProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>A loopback port that was free a moment ago.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var limit = new CancellationTokenSource(StartLimit);
        await process.WaitForExitAsync(limit.Token);
        process.WaitForExit(); // drains the redirected output
        return process.ExitCode;
    }

    /// <summary>Polls <paramref name="url"/> until it answers (any status), failing if the process exits first.</summary>
    public async Task<HttpResponseMessage> WaitForAnswerAsync(Uri url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartLimit;
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The gateway exited with {process.ExitCode} before answering {url}:\n{Output}");
            try
            {
                return await client.GetAsync(url);
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed) return;
        disposed = true;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    /// <summary>Settings of the test run's own host must not decide how the child starts.</summary>
    private static bool IsHostSetting(string name) =>
        name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Casavi__", StringComparison.OrdinalIgnoreCase)
        || name.Equals("URLS", StringComparison.OrdinalIgnoreCase);

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }
}

/// <summary>Test classes that start gateway processes run one after another: each start generates a sandbox's data.</summary>
[CollectionDefinition(Name)]
public sealed class GatewayProcessTestGroup
{
    public const string Name = "gateway processes";
}
