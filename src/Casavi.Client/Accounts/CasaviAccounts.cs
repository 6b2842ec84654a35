using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Casavi.Client;

/// <summary>Every configured casavi account, each with its own client (<see cref="CasaviAccount"/>).</summary>
public sealed partial class CasaviAccounts : IDisposable, IAsyncDisposable
{
    /// <summary>The name of the account of the top-level <c>Casavi:BaseUrl</c>, <c>Key</c> and <c>Secret</c>.</summary>
    public const string DefaultName = "default";

    private readonly Dictionary<string, CasaviAccount> byName = new(StringComparer.OrdinalIgnoreCase);

    public CasaviAccounts(IOptions<CasaviClientOptions> options, ILoggerFactory loggers, IMeterFactory meters, TimeProvider time)
    {
        var settings = options.Value;
        if (settings.HasDefaultAccount)
            Add(DefaultName, settings.For(settings.DefaultCredentials));
        foreach (var (name, credentials) in settings.Accounts)
            Add(name, settings.For(credentials));

        void Add(string name, CasaviClientOptions account)
        {
            var services = new ServiceCollection()
                .AddSingleton(loggers)
                .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
                .AddSingleton(meters)
                .AddSingleton(time)
                .AddSingleton(Microsoft.Extensions.Options.Options.Create(account));
            byName[name] = new CasaviAccount(name, account, services.AddCasaviClientServices().BuildServiceProvider());
        }
    }

    public IReadOnlyCollection<CasaviAccount> All => byName.Values;

    /// <summary>The account of callers that are bound to none; null when only named accounts are configured.</summary>
    public CasaviAccount? Default => byName.GetValueOrDefault(DefaultName);

    public CasaviAccount? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>Names are part of global IDs and settings paths: letters, digits, '-' and '_'.</summary>
    public static bool IsValidName(string name) => AccountName().IsMatch(name);

    public void Dispose()
    {
        foreach (var account in byName.Values)
            account.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var account in byName.Values)
            await account.DisposeAsync();
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex AccountName();
}
