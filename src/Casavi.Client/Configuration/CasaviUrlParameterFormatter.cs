using System.Reflection;
using Refit;

namespace Casavi.Client;

/// <summary>
/// Query values as casavi expects them. Refit writes a <see cref="DateTimeOffset"/> in its own
/// offset even when the format ends in a literal Z, and booleans as True/False; casavi's dates are
/// UTC and its booleans lower case. Enums already use their wire names.
/// </summary>
internal sealed class CasaviUrlParameterFormatter : DefaultUrlParameterFormatter
{
    public override string? Format(object? value, ICustomAttributeProvider attributeProvider, Type type) => value switch
    {
        DateTimeOffset moment => base.Format(moment.ToUniversalTime(), attributeProvider, type),
        DateTime moment => base.Format(moment.ToUniversalTime(), attributeProvider, type),
        bool flag => flag ? "true" : "false",
        _ => base.Format(value, attributeProvider, type),
    };
}
