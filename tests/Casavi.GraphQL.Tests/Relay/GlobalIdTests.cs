using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Tests.Relay;

public sealed class GlobalIdTests
{
    [Theory]
    [InlineData("Unit", "P-00001-0001", null)]
    [InlineData("Contract", "P-00001-0001/P-00001-0001-01", null)]
    [InlineData("Contact", "C:with:colons", null)]
    [InlineData("Contract", "P-00001-0001/P-00001-0001-01", "tenant-b")]
    [InlineData("Contact", "C:with/slash", "b_2")]
    public void Ids_round_trip_with_their_account(string typeName, string key, string? account)
    {
        Assert.True(GlobalId.TryDecode(GlobalId.Encode(typeName, key, account), out var decodedAccount, out var decodedType, out var decodedKey));
        Assert.Equal((account, typeName, key), (decodedAccount, decodedType, decodedKey));
    }

    [Fact]
    public void The_default_accounts_ids_name_no_account() =>
        Assert.Equal("VW5pdDpQLTE", GlobalId.Encode("Unit", "P-1"));

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("VW5pdA")]
    [InlineData("L1VuaXQ6UC0x")] // "/Unit:P-1": an empty account name
    [InlineData("Yi86UC0x")] // "b/:P-1": no type name
    public void Malformed_ids_do_not_decode(string id) => Assert.False(GlobalId.TryDecode(id, out _, out _, out _));
}
