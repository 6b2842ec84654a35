using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Tests.Relay;

public sealed class GlobalIdTests
{
    [Theory]
    [InlineData("Unit", "P-00001-0001")]
    [InlineData("Contract", "P-00001-0001/P-00001-0001-01")]
    [InlineData("Contact", "C:with:colons")]
    public void Ids_round_trip(string typeName, string key)
    {
        Assert.True(GlobalId.TryDecode(GlobalId.Encode(typeName, key), out var decodedType, out var decodedKey));
        Assert.Equal((typeName, key), (decodedType, decodedKey));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("VW5pdA")]
    public void Malformed_ids_do_not_decode(string id) => Assert.False(GlobalId.TryDecode(id, out _, out _));
}
