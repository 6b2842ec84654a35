using Casavi.GraphQL.Kernel.Errors;
using GraphQL;

namespace Casavi.GraphQL.Kernel.Fields;

/// <summary>
/// Reads an enum filter argument. UNKNOWN (every contract enum's default value) stands for values
/// casavi may add later, so casavi cannot filter by it.
/// </summary>
public static class EnumFilter
{
    public static TEnum? Read<TEnum>(IResolveFieldContext context, string argument)
        where TEnum : struct, Enum
    {
        var value = context.GetArgument<TEnum?>(argument);
        if (value is { } given && EqualityComparer<TEnum>.Default.Equals(given, default))
            throw GraphQLErrors.BadUserInput($"'{argument}' cannot be UNKNOWN: casavi has no such value to filter by.");
        return value;
    }
}
