using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Casavi.Client.Tests.Support;

/// <summary>
/// The client as <see cref="CasaviServiceCollectionExtensions.AddCasaviClient"/> registers it, with
/// the stub as primary handler, a fake clock and captured Trace logs.
/// </summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    public const string BaseUrl = "https://casavi.test/";
    public const string Key = "key-5f1c9a7e-d2b4";
    public const string Secret = "secret-0b3d8e21-a9f6";

    private readonly ServiceProvider services;

    /// <param name="settings">Overrides of the "Casavi" section, e.g. ("Retry:MaxRetryAttempts", "0").</param>
    public ClientHarness(params (string Key, string Value)[] settings)
    {
        Stub = new StubCasavi(Time);
        var values = new Dictionary<string, string?>
        {
            ["Casavi:BaseUrl"] = BaseUrl,
            ["Casavi:Key"] = Key,
            ["Casavi:Secret"] = Secret,
            // Retries without waiting unless a test is about the wait.
            ["Casavi:Retry:BaseDelay"] = "00:00:00",
        };
        foreach (var (key, value) in settings) values[$"Casavi:{key}"] = value;
        var section = new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("Casavi");

        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        collection.AddCasaviClient(section);
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddHttpClient(CasaviHttpClientNames.Api).ConfigurePrimaryHttpMessageHandler(() => Stub);
        collection.AddHttpClient(CasaviHttpClientNames.Authenticate).ConfigurePrimaryHttpMessageHandler(() => Stub);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public ObservableTimeProvider Time { get; } = new();

    public StubCasavi Stub { get; }

    public FakeLogCollector Logs => services.GetFakeLogCollector();

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>
    /// Keeps the fake clock moving while disposing: calls a failed test left pending end by their
    /// timeouts, and Polly's disposal, which waits for running executions on this clock, can finish.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        using var disposed = new CancellationTokenSource();
        var clock = Task.Run(async () =>
        {
            while (!disposed.IsCancellationRequested)
            {
                Time.Advance(TimeSpan.FromSeconds(1));
                await Task.Delay(1, CancellationToken.None);
            }
        });
        await services.DisposeAsync();
        await disposed.CancelAsync();
        await clock;
    }
}
