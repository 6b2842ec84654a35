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
}
