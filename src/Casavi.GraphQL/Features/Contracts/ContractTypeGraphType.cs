using Casavi.Contract.MasterData;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Contracts;

public sealed class ContractTypeGraphType : EnumerationGraphType<ContractType>
{
    public ContractTypeGraphType()
    {
        Name = "ContractType";
        Description = "How the contacts of a contract relate to the unit. UNKNOWN stands for a value casavi added after this gateway was built.";
    }
}
