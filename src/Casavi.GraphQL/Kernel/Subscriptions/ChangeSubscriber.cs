using Casavi.Client;

namespace Casavi.GraphQL.Kernel.Subscriptions;

/// <summary>One subscription's interest: its account, its topic and its own conditions on the changed entity.</summary>
internal sealed class ChangeSubscriber(CasaviAccount account, ChangeTopic topic, Func<object, bool> accepts, IObserver<object?> observer)
{
    public CasaviAccount Account => account;

    public ChangeTopic Topic => topic;

    public bool Wants(EntityChange change) => change.Concerns(account) && topic.Events.Contains(change.Event);

    /// <summary>Passes <paramref name="changed"/> on when it meets the subscriber's conditions, a failed read always (the subscriber learns it missed one); whether it did.</summary>
    public bool Offer(ChangedEntity changed)
    {
        if (changed.Entity is not null && !accepts(changed.Entity))
            return false;
        observer.OnNext(changed);
        return true;
    }
}
