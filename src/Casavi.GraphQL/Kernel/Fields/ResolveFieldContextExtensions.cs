using Casavi.Client;
using Casavi.Client.Paging;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Kernel.Fields;

public static class ResolveFieldContextExtensions
{
    /// <summary>A request-scoped service (loaders, casavi APIs); never captured by the singleton graph types.</summary>
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    public static ICasaviPager Pager(this IResolveFieldContext context) => context.Service<ICasaviPager>();

    /// <summary>The casavi account the request reads and writes: the caller's.</summary>
    public static CasaviAccount CasaviAccount(this IResolveFieldContext context) => context.Service<CasaviAccountScope>().Account;
}
