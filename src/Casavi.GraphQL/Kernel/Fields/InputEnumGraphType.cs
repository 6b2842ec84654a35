using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Fields;

/// <summary>
/// The values of a contract enum a caller may send (<c>TicketStatusInput</c>): the output enum's values
/// without UNKNOWN, the enum's default, which stands only for values casavi added later and so cannot
/// be sent to casavi. The schema then refuses it before anything runs.
/// </summary>
public sealed class InputEnumGraphType<TEnum> : EnumerationGraphType
    where TEnum : struct, Enum
{
    public InputEnumGraphType()
    {
        var output = new EnumerationGraphType<TEnum>();
        Name = $"{output.Name}Input";
        Description = $"The {output.Name} values a caller can send: all but UNKNOWN.";
        foreach (var value in output.Values.Where(value => !EqualityComparer<TEnum>.Default.Equals((TEnum)value.Value!, default)))
            Add(value.Name, value.Value, value.Description);
    }
}
