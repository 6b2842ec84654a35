using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Scalars;

/// <summary>GraphQL.NET's <c>Long</c>, described.</summary>
public sealed class LongScalar : LongGraphType
{
    public LongScalar()
    {
        Name = "Long";
        Description = "A whole number of 64 bits (casavi's internal ids), from -9223372036854775808 to 9223372036854775807.";
    }
}
