using Casavi.Client;
using Casavi.GraphQL.Kernel.Caching;

namespace Casavi.GraphQL.Events;

/// <summary>
/// The effect of a casavi event: the account's cross-request cache is dropped (on every replica, through
/// Redis), as after a write through the gateway, since one change can show in several cached lists.
/// </summary>
internal sealed partial class CacheInvalidationWorker(PendingCasaviEvents queue, IServiceScopeFactory scopes, ILogger<CacheInvalidationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CasaviAccountScope>().Use(change.Account);
                await scope.ServiceProvider.GetRequiredService<CasaviCache>().InvalidateAccountAsync(stoppingToken);
                LogInvalidated(logger, change.Account.Name, change.Name, change.EntityId);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, failure, change.Account.Name, change.Name, change.EntityId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cache of account {Account} dropped after casavi event {Event} for {EntityId}")]
    private static partial void LogInvalidated(ILogger logger, string account, string @event, string entityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cache of account {Account} could not be dropped after casavi event {Event} for {EntityId}")]
    private static partial void LogFailed(ILogger logger, Exception failure, string account, string @event, string entityId);
}
