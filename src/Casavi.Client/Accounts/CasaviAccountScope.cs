namespace Casavi.Client;

/// <summary>
/// The casavi account of the current scope (a request): the Refit interfaces resolved in the scope
/// are that account's. Until one is chosen it is the default account, if one is configured.
/// </summary>
public sealed class CasaviAccountScope(CasaviAccounts accounts)
{
    private CasaviAccount? chosen;

    public CasaviAccount Account => chosen ?? accounts.Default
        ?? throw new InvalidOperationException("No casavi account was chosen for this scope, and no default account is configured.");

    /// <summary>The name of <see cref="Account"/>, or null when there is none.</summary>
    public string? AccountName => (chosen ?? accounts.Default)?.Name;

    /// <summary>Binds the scope to <paramref name="account"/>; a scope serves one account only.</summary>
    public void Use(CasaviAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (chosen is not null && chosen != account)
            throw new InvalidOperationException("This scope already serves another casavi account.");
        chosen = account;
    }
}
