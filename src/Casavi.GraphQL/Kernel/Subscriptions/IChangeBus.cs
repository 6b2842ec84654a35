namespace Casavi.GraphQL.Kernel.Subscriptions;

/// <summary>Carries casavi's changes to the <see cref="ChangeHub"/> of every replica, this one's included.</summary>
public interface IChangeBus
{
    Task PublishAsync(EntityChange change, CancellationToken cancellationToken);

    /// <summary>Starts taking in the changes other replicas publish; returns once listening has begun or will be retried.</summary>
    Task ListenAsync(CancellationToken stoppingToken);
}
