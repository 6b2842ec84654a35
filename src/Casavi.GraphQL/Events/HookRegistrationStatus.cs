using System.Collections.Concurrent;

namespace Casavi.GraphQL.Events;

/// <summary>Which accounts' rest hooks are registered and which failed so far, for <see cref="HookRegistrationHealthCheck"/>.</summary>
public sealed class HookRegistrationStatus
{
    // Account name → registered (true) or last attempt failed (false); absent while the first attempt runs.
    private readonly ConcurrentDictionary<string, bool> outcomes = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> FailingAccounts => [.. outcomes.Where(outcome => !outcome.Value).Select(outcome => outcome.Key).Order(StringComparer.Ordinal)];

    public bool IsRegistered(string account) => outcomes.GetValueOrDefault(account);

    public void Failed(string account) => outcomes[account] = false;

    public void Succeeded(string account) => outcomes[account] = true;
}
