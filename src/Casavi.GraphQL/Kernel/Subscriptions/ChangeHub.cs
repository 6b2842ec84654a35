using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Casavi.Client;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Access;
using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Kernel.Diagnostics;
using Casavi.GraphQL.Kernel.Errors;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Kernel.Subscriptions;

/// <summary>
/// This replica's subscriptions, and what a change does here: the account's cached entries of the changed
/// kind of entity are dropped (its by-id reads, pages and the lists casavi cannot bring up to date; the
/// lists it can are refreshed with what changed on their next read; the whole account for an unknown event),
/// the changed entity is read again once per kind of entity (not once per subscriber), and every
/// subscription of that account and topic whose conditions it meets gets it. No change crosses accounts.
/// </summary>
public sealed partial class ChangeHub
{
    private readonly ConcurrentDictionary<ChangeSubscriber, byte> subscribers = new();
    private readonly IServiceScopeFactory scopes;
    private readonly CasaviAccounts accounts;
    private readonly ILogger<ChangeHub> logger;
    private readonly TimeProvider time;
    private readonly Counter<long> offered;

    public ChangeHub(IServiceScopeFactory scopes, CasaviAccounts accounts, IMeterFactory meters, TimeProvider time, ILogger<ChangeHub> logger)
    {
        this.scopes = scopes;
        this.accounts = accounts;
        this.time = time;
        this.logger = logger;
        var meter = meters.Create(GatewayTracing.Name);
        meter.CreateObservableUpDownCounter("graphql.subscriptions", () => subscribers.Count, "{subscription}", "Subscriptions open on this replica.");
        offered = meter.CreateCounter<long>("graphql.subscription.events", "{event}", "casavi changes passed on to subscriptions of this replica, one per subscription.");
    }

    /// <summary>Subscriptions open on this replica.</summary>
    public int Count => subscribers.Count;

    /// <summary>
    /// The source stream of a subscription field: changes of <paramref name="topic"/> in the caller's account
    /// that meet <paramref name="accepts"/>. Needs the read scope, as the same data would by query.
    /// </summary>
    public IObservable<object?> Stream<T>(IResolveFieldContext context, ChangeTopic topic, Func<T, bool> accepts)
    {
        if (!CasaviScopes.Grants(context.User, CasaviScopes.Read))
            throw GraphQLErrors.Forbidden(context.FieldDefinition.Name, CasaviScopes.Read);
        var account = context.RequestServices!.GetRequiredService<CasaviAccountScope>().Account;
        return new ChangeStream(this, account, topic, entity => entity is T typed && accepts(typed));
    }

    public async Task DeliverAsync(EntityChange change, CancellationToken cancellationToken)
    {
        if (accounts.Find(change.Account) is not { } account || !change.Concerns(account))
        {
            LogOtherAccount(logger, change.Account, change.Event);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CasaviAccountScope>().Use(account);
        // Here, on every replica: another replica's drop reaches this one's in-process copies only at their expiry.
        var cache = scope.ServiceProvider.GetRequiredService<CasaviCache>();
        if (RestHookEvents.EntityOf(change.Event) is { } entity)
        {
            scope.ServiceProvider.GetRequiredService<ChangedEntities>().Changed(entity, time.GetUtcNow());
            await cache.InvalidateEntityAsync(entity, cancellationToken);
        }
        else
            await cache.InvalidateAccountAsync(cancellationToken);

        foreach (var interested in subscribers.Keys.Where(subscriber => subscriber.Wants(change)).GroupBy(subscriber => subscriber.Topic.EntityType))
        {
            var changed = await ReadAsync(interested.First().Topic, scope.ServiceProvider, account, change, cancellationToken);
            if (changed is null)
                continue;
            foreach (var subscriber in interested)
                Offer(subscriber, changed, change);
        }
    }

    private async Task<ChangedEntity?> ReadAsync(ChangeTopic topic, IServiceProvider services, CasaviAccount account, EntityChange change, CancellationToken cancellationToken)
    {
        try
        {
            if (await topic.ReadAsync(services, change.EntityId, cancellationToken) is { } entity)
                return new ChangedEntity(account, entity, null);
            LogGone(logger, change.Event, change.EntityId, account.Name);
            return null;
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            LogReadFailed(logger, failure, change.Event, change.EntityId, account.Name);
            return new ChangedEntity(account, null, failure);
        }
    }

    /// <summary>One subscriber's failure (its conditions, its observer) costs only that subscriber the change.</summary>
    private void Offer(ChangeSubscriber subscriber, ChangedEntity changed, EntityChange change)
    {
        try
        {
            if (subscriber.Offer(changed))
                offered.Add(1, new KeyValuePair<string, object?>("casavi.event", change.Event));
        }
        catch (Exception failure)
        {
            LogOfferFailed(logger, failure, change.Event, change.EntityId, change.Account);
        }
    }

    private Removal Add(ChangeSubscriber subscriber)
    {
        subscribers.TryAdd(subscriber, 0);
        return new Removal(this, subscriber);
    }

    private sealed class ChangeStream(ChangeHub hub, CasaviAccount account, ChangeTopic topic, Func<object, bool> accepts) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer) => hub.Add(new ChangeSubscriber(account, topic, accepts, observer));
    }

    private sealed class Removal(ChangeHub hub, ChangeSubscriber subscriber) : IDisposable
    {
        public void Dispose() => hub.subscribers.TryRemove(subscriber, out _);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "casavi event {Event} of account {Account} is not of a casavi account this gateway serves (another gateway shares the Redis); ignored")]
    private static partial void LogOtherAccount(ILogger logger, string account, string @event);

    [LoggerMessage(Level = LogLevel.Error, Message = "casavi event {Event} for {EntityId} of account {Account} could not be passed to one subscriber")]
    private static partial void LogOfferFailed(ILogger logger, Exception failure, string @event, string entityId, string account);

    [LoggerMessage(Level = LogLevel.Information, Message = "casavi event {Event} for {EntityId} of account {Account}: casavi no longer has it, no subscriber is told")]
    private static partial void LogGone(ILogger logger, string @event, string entityId, string account);

    [LoggerMessage(Level = LogLevel.Warning, Message = "casavi event {Event} for {EntityId} of account {Account}: the entity could not be read again; subscribers get the error")]
    private static partial void LogReadFailed(ILogger logger, Exception failure, string @event, string entityId, string account);
}
