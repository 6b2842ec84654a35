using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Infrastructure;

public static class AccountServices
{
    /// <summary>A per-account service of the default casavi account: the instance its requests use.</summary>
    public static T OfDefaultAccount<T>(this IServiceProvider services)
        where T : notnull
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<T>();
    }
}
