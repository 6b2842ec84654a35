using System.Text.Json;
using Casavi.Contract;
using Casavi.Contract.MasterData;

namespace Casavi.Client.Tests;

/// <summary>casavi's JSON read with the contract's options: a value of the other primitive type is read, not a failed page.</summary>
public sealed class TolerantJsonTests
{
    [Theory]
    [InlineData("\"C-0042\"", "C-0042")]
    [InlineData("42", "42")]
    [InlineData("50.20", "50.20")]
    [InlineData("-1e3", "-1e3")]
    [InlineData("true", "true")]
    [InlineData("null", null)]
    public void A_string_is_read_from_a_string_number_or_boolean_literal(string json, string? expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize<string>(json, CasaviJson.Options));

    [Theory]
    [InlineData("{}")]
    [InlineData("[\"a\"]")]
    public void An_object_or_array_is_no_string(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<string>(json, CasaviJson.Options));

    [Fact]
    public void Strings_are_written_as_strings() =>
        Assert.Equal("""{"id":"42","name":"Whg 1"}""", JsonSerializer.Serialize(new { id = "42", name = "Whg 1" }, CasaviJson.Options));

    [Fact]
    public void A_page_with_a_numeric_id_and_a_textual_number_is_read_whole()
    {
        const string page = """
            { "list": [
                { "id": 1001, "internalId": "41251", "name": "Whg 1", "area": 50.2, "rooms": 2, "votingShare": "12.5", "propertyId": 7 },
                { "id": "P-1-0002", "internalId": 41252, "name": "Whg 2", "units": [] } ],
              "_links": { "next": "" } }
            """;

        var units = JsonSerializer.Deserialize<Page<Unit>>(page, CasaviJson.Options)!.List;

        Assert.Equal(2, units.Count);
        Assert.Equal("1001", units[0].Id);
        Assert.Equal(41251, units[0].InternalId);
        Assert.Equal("50.2", units[0].Area);
        Assert.Equal("2", units[0].Rooms);
        Assert.Equal(12.5, units[0].VotingShare);
        Assert.Equal("7", units[0].PropertyId);
        Assert.Equal("P-1-0002", units[1].Id);
    }

    [Fact]
    public void Reference_lists_take_numeric_ids()
    {
        var address = JsonSerializer.Deserialize<PropertyAddress>("""{ "street": "Hauptstr. 1", "units": ["U-1", 2] }""", CasaviJson.Options)!;

        Assert.Equal(["U-1", "2"], address.Units);
    }
}
