using Casavi.Client;

namespace Casavi.GraphQL.Kernel.Accounts;

public static class PerAccountServices
{
    /// <summary>
    /// Registers <typeparamref name="T"/> once per casavi account: a scope gets its account's instance, so
    /// nothing kept for one account (cache partition, page hints, signing key) is ever used for another.
    /// <paramref name="create"/> may only resolve singletons and other per-account services: the instance
    /// outlives the scope it is first created in.
    /// </summary>
    public static IServiceCollection AddPerAccount<T>(this IServiceCollection services, Func<IServiceProvider, CasaviAccount, T> create)
        where T : class =>
        services.AddScoped(scope =>
        {
            var account = scope.GetRequiredService<CasaviAccountScope>().Account;
            return account.Shared(() => create(scope, account));
        });

    /// <summary><typeparamref name="T"/> once per casavi account, built from its constructor's services.</summary>
    public static IServiceCollection AddPerAccount<T>(this IServiceCollection services)
        where T : class =>
        services.AddPerAccount((scope, _) => ActivatorUtilities.CreateInstance<T>(scope));
}
