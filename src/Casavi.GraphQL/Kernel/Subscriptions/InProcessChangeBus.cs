namespace Casavi.GraphQL.Kernel.Subscriptions;

/// <summary>Without Redis there is one replica: a change goes straight to its hub.</summary>
public sealed class InProcessChangeBus(ChangeHub hub) : IChangeBus
{
    public Task PublishAsync(EntityChange change, CancellationToken cancellationToken) => hub.DeliverAsync(change, cancellationToken);

    public Task ListenAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
