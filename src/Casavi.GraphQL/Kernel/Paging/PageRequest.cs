using GraphQL;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>
/// The validated paging arguments of a connection field: the window after <see cref="After"/> and before
/// <see cref="Before"/>, of which the first <see cref="First"/> items are taken, or the last <see cref="Last"/>.
/// </summary>
public sealed record PageRequest(int First, string? After, int? Last = null, string? Before = null)
{
    public const int DefaultSize = 25;
    public const int MaxSize = 100;

    /// <summary>Paging backwards, which needs the list whole: casavi's pages lead forward only.</summary>
    public bool IsBackward => Last is not null || Before is not null;

    public static PageRequest From(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
            throw Errors.GraphQLErrors.BadUserInput("Give 'first' or 'last', not both.");
        foreach (var (name, size) in new[] { ("first", first), ("last", last) })
        {
            if (size is < 0 or > MaxSize)
                throw Errors.GraphQLErrors.BadUserInput($"'{name}' must be between 0 and {MaxSize}; it was {size}.");
        }

        return new PageRequest(first ?? DefaultSize, context.GetArgument<string?>("after"), last, context.GetArgument<string?>("before"));
    }

    /// <summary>Whether the client selected <c>totalCount</c>, the only reason to walk a whole list.</summary>
    public static bool WantsTotalCount(IResolveFieldContext context) => context.SubFields?.ContainsKey("totalCount") == true;
}
