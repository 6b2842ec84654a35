using Casavi.GraphQL.Kernel.Subscriptions;

namespace Casavi.GraphQL.Events;

/// <summary>
/// Hands each received event to every replica (<see cref="IChangeBus"/>), where it drops the account's
/// cached entries of the changed kind of entity and reaches the subscriptions it concerns.
/// </summary>
internal sealed partial class ChangePublishingWorker(PendingCasaviEvents queue, IChangeBus bus, ILogger<ChangePublishingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await bus.PublishAsync(EntityChange.Of(change.Account, change.Name, change.EntityId), stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, failure, change.Account.Name, change.Name, change.EntityId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "casavi event {Event} for {EntityId} of account {Account} took no effect")]
    private static partial void LogFailed(ILogger logger, Exception failure, string account, string @event, string entityId);
}
