using Casavi.Client;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Events;

/// <summary>
/// Registers every account's rest hooks in the background after start, retrying with doubling pauses
/// while casavi refuses or is down. Hooks stay registered on shutdown: the next start (or another
/// replica) reuses them.
/// </summary>
internal sealed partial class HookRegistration(
    CasaviAccounts accounts,
    EventReceivingPaths paths,
    IOptions<CasaviEventSettings> settings,
    HookRegistrationStatus status,
    TimeProvider time,
    ILogger<HookRegistration> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(accounts.All.Select(account => Task.Run(() => RegisterAsync(account, stoppingToken), stoppingToken)));

    private async Task RegisterAsync(CasaviAccount account, CancellationToken stoppingToken)
    {
        var pause = FirstRetry;
        while (true)
        {
            try
            {
                var created = await AccountHooks.EnsureAsync(account, paths.UrlFor(account.Name), settings.Value.Names.ToContract().Keys, stoppingToken);
                status.Succeeded(account.Name);
                LogRegistered(logger, account.Name, created);
                return;
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                status.Failed(account.Name);
                LogFailing(logger, failure, account.Name, pause);
            }

            await Task.Delay(pause, time, stoppingToken);
            pause = pause * 2 < LongestRetry ? pause * 2 : LongestRetry;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "casavi events: rest hooks of account {Account} registered ({Created} created)")]
    private static partial void LogRegistered(ILogger logger, string account, int created);

    [LoggerMessage(Level = LogLevel.Warning, Message = "casavi events: rest hooks of account {Account} could not be registered; next attempt in {Pause}")]
    private static partial void LogFailing(ILogger logger, Exception failure, string account, TimeSpan pause);
}
