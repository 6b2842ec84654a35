using System.Text.Json;
using Casavi.GraphQL.Kernel.Caching;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Casavi.GraphQL.Kernel.Subscriptions;

/// <summary>
/// Changes through Redis pub/sub (the cache's Redis): every replica, the publishing one included, takes
/// each change from the channel in the order published. While Redis cannot be reached a change is
/// delivered here only; listening resumes by itself when Redis is back.
/// </summary>
public sealed partial class RedisChangeBus(ChangeHub hub, IOptions<CacheOptions> options, ILogger<RedisChangeBus> logger) : IChangeBus, IAsyncDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal(RedisSecondLevelExtensions.InstanceName + "changes");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lazy<Task<ConnectionMultiplexer>> connection =
        new(() => ConnectionMultiplexer.ConnectAsync(RedisConnection.Options(options.Value)));

    public async Task PublishAsync(EntityChange change, CancellationToken cancellationToken)
    {
        try
        {
            var redis = await connection.Value;
            await redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(change, Json));
        }
        catch (Exception failure) when (failure is RedisException or TimeoutException)
        {
            LogPublishFailed(logger, failure, change.Event, change.EntityId);
            await hub.DeliverAsync(change, cancellationToken);
        }
    }

    public async Task ListenAsync(CancellationToken stoppingToken)
    {
        var redis = await connection.Value;
        // StackExchange.Redis subscribes again after every reconnect; the queue hands messages over one at a time, in order.
        var queue = await redis.GetSubscriber().SubscribeAsync(Channel);
        queue.OnMessage(message => DeliverAsync(message.Message, stoppingToken));
    }

    public async ValueTask DisposeAsync()
    {
        if (connection.IsValueCreated)
            await (await connection.Value).DisposeAsync();
    }

    private async Task DeliverAsync(RedisValue message, CancellationToken stoppingToken)
    {
        EntityChange? change;
        try
        {
            change = JsonSerializer.Deserialize<EntityChange>(message.ToString(), Json);
        }
        catch (JsonException)
        {
            change = null;
        }

        if (change is null)
        {
            LogUnreadable(logger);
            return;
        }

        try
        {
            await hub.DeliverAsync(change, stoppingToken);
        }
        catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
        {
            LogDeliveryFailed(logger, failure, change.Event, change.EntityId, change.Account);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "casavi event {Event} for {EntityId} could not be published through Redis; only this replica's subscribers get it")]
    private static partial void LogPublishFailed(ILogger logger, Exception failure, string @event, string entityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A message on the changes channel could not be read; ignored")]
    private static partial void LogUnreadable(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "casavi event {Event} for {EntityId} of account {Account} could not be delivered to this replica's subscribers")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception failure, string @event, string entityId, string account);
}
