using Casavi.Contract.MasterData;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Units;

public sealed class UnitPurposeGraphType : EnumerationGraphType<UnitPurpose>
{
    public UnitPurposeGraphType()
    {
        Name = "UnitPurpose";
        Description = "The intended usage of a unit. UNKNOWN stands for a value casavi added after this gateway was built.";
    }
}
