using System.Globalization;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Scalars;

/// <summary>casavi dates (ISO 8601, UTC) as the <c>DateTime</c> scalar, written in UTC with a <c>Z</c>.</summary>
public sealed class DateTimeScalar : DateTimeOffsetGraphType
{
    public DateTimeScalar()
    {
        Name = "DateTime";
        Description = "A date and time in ISO 8601 format, in UTC (for example 2026-11-01T09:30:00Z).";
    }

    public override object? Serialize(object? value) => value switch
    {
        DateTimeOffset date => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        _ => base.Serialize(value),
    };
}
