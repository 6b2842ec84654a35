namespace Casavi.GraphQL.Kernel.Subscriptions;

/// <summary>Starts listening to the bus with the host, so this replica's subscribers get changes received by any replica.</summary>
internal sealed partial class ChangeBusListener(IChangeBus bus, ILogger<ChangeBusListener> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastRetry = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var pause = FirstRetry; !stoppingToken.IsCancellationRequested; pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LastRetry.Ticks)))
        {
            try
            {
                await bus.ListenAsync(stoppingToken);
                return;
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                LogRetry(logger, failure, pause);
                await Task.Delay(pause, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not listening for other replicas' casavi events yet; next try in {Pause}")]
    private static partial void LogRetry(ILogger logger, Exception failure, TimeSpan pause);
}
