using GraphQL;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>The validated <c>first</c>/<c>after</c> arguments of a connection field.</summary>
public sealed record PageRequest(int First, string? After)
{
    public const int DefaultSize = 25;
    public const int MaxSize = 100;

    public static PageRequest From(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultSize;
        if (first is < 0 or > MaxSize)
            throw Errors.GraphQLErrors.BadUserInput($"'first' must be between 0 and {MaxSize}; it was {first}.");
        return new PageRequest(first, context.GetArgument<string?>("after"));
    }

    /// <summary>Whether the client selected <c>totalCount</c>, the only reason to walk a whole list.</summary>
    public static bool WantsTotalCount(IResolveFieldContext context) => context.SubFields?.ContainsKey("totalCount") == true;
}
