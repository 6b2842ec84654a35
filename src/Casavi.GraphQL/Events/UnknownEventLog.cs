using System.Collections.Concurrent;

namespace Casavi.GraphQL.Events;

/// <summary>
/// Logs a body that is no known event once per event name, not per call: casavi may send a new kind of
/// event often. The names remembered are capped, so odd bodies cannot grow memory without end.
/// </summary>
public sealed partial class UnknownEventLog(ILogger<UnknownEventLog> logger)
{
    private const int MaxNames = 100;
    private const string Unnamed = "(no event name)";

    private readonly ConcurrentDictionary<string, bool> logged = new(StringComparer.Ordinal);

    public void Report(string account, string? eventName)
    {
        var name = string.IsNullOrEmpty(eventName) ? Unnamed : eventName;
        if (logged.Count < MaxNames && logged.TryAdd(name, true))
            LogUnknown(logger, name, account);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "casavi event {Event} (account {Account}) is not one the gateway knows or has no entityId; accepted and ignored, further ones are not logged")]
    private static partial void LogUnknown(ILogger logger, string @event, string account);
}
