using Casavi.Contract.MasterData;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Properties;

public sealed class ResponsibilityRoleTypeGraphType : EnumerationGraphType<ResponsibilityRoleType>
{
    public ResponsibilityRoleTypeGraphType()
    {
        Name = "ResponsibilityRoleType";
        Description = "Whether the responsible party belongs to the property manager (INTERNAL) or is a service provider (EXTERNAL).";
    }
}
