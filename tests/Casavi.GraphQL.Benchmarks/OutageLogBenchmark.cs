using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace Casavi.GraphQL.Benchmarks;

/// <summary>
/// How much the gateway logs while casavi is down under load: starts the gateway's dll as a process
/// on its sandbox with every casavi request failing (503), sends queries from concurrent clients for
/// a while, and counts the bytes the process writes to stdout and stderr meanwhile.
/// </summary>
internal static class OutageLogBenchmark
{
    private const string Query = "{ properties(first: 2) { nodes { name units(first: 1) { nodes { name } } } } }";

    /// <param name="args">[seconds (60)] [concurrent clients (16)] [gateway dll (this build's)]</param>
    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 60;
        var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
        var dll = Path.GetFullPath(args.Length > 2 ? args[2] : Path.Combine(AppContext.BaseDirectory, "Casavi.GraphQL.dll"));
        var address = new Uri($"http://127.0.0.1:{FreePort()}");

        using var gateway = StartGateway(dll, address);
        long bytes = 0, lines = 0;
        void Count(string? line)
        {
            if (line is null) return;
            Interlocked.Add(ref bytes, System.Text.Encoding.UTF8.GetByteCount(line) + 1);
            Interlocked.Increment(ref lines);
        }

        gateway.OutputDataReceived += (_, e) => Count(e.Data);
        gateway.ErrorDataReceived += (_, e) => Count(e.Data);
        gateway.BeginOutputReadLine();
        gateway.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilServingAsync(http);
            var (bytesBefore, linesBefore) = (Interlocked.Read(ref bytes), Interlocked.Read(ref lines));
            var requests = await LoadAsync(http, clients, TimeSpan.FromSeconds(seconds));
            await Task.Delay(TimeSpan.FromSeconds(1)); // lets the last lines arrive
            var (written, linesWritten) = (Interlocked.Read(ref bytes) - bytesBefore, Interlocked.Read(ref lines) - linesBefore);

            Console.WriteLine($"casavi down (every request 503) for {seconds} s, {clients} concurrent clients, gateway {dll}");
            Console.WriteLine($"{"GraphQL requests",-20} {"log bytes",10} {"log lines",10} {"bytes/s",10}");
            Console.WriteLine($"{requests,-20} {written,10} {linesWritten,10} {written / (double)seconds,10:F0}");
        }
        finally
        {
            gateway.Kill(entireProcessTree: true);
            await gateway.WaitForExitAsync();
        }
    }

    private static Process StartGateway(string dll, Uri address)
    {
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        // Builds that read the address from appsettings.json only give way to URLS.
        start.Environment["URLS"] = address.ToString();
        start.Environment["Casavi__Upstream"] = "Sandbox";
        start.Environment["Sandbox__ErrorRate"] = "1";
        // One anonymous reader floods the gateway: a per-caller limit would answer most requests itself.
        start.Environment["Auth__AllowAnonymous"] = "true";
        start.Environment["Auth__AnonymousScopes__0"] = "casavi:read";
        start.Environment["Gateway__RateLimit__PermitsPerSecond"] = "0";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    private static async Task WaitUntilServingAsync(HttpClient http)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) when (attempt < 300)
            {
            }

            await Task.Delay(200);
        }
    }

    private static async Task<int> LoadAsync(HttpClient http, int clients, TimeSpan duration)
    {
        var until = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var sent = 0;
            while (until.Elapsed < duration)
            {
                using var response = await http.PostAsJsonAsync("/graphql", new { query = Query });
                await response.Content.ReadAsByteArrayAsync();
                sent++;
            }

            return sent;
        }));
        return counts.Sum();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
