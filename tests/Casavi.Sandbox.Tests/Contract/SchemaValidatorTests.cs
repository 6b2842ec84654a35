using System.Text.Json;
using System.Text.Json.Nodes;
using Casavi.Contract;
using Casavi.Contract.MasterData;
using UnitContract = Casavi.Contract.MasterData.Contract;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>The validator accepts what the DTOs write and rejects wrong payloads, so the conformance checks can fail.</summary>
public sealed class SchemaValidatorTests
{
    private const string UnitSchema = "#/components/schemas/Unit";

    private static readonly Unit SampleUnit = new()
    {
        Id = "P-00451-0001",
        InternalId = 41251,
        Name = "Unit 1",
        Purpose = UnitPurpose.Private,
        Contracts = [new UnitContract { Contacts = ["C-1"], Type = ContractType.Owner, StartDate = DateTimeOffset.UnixEpoch }],
        CustomFields = new() { ["Area"] = JsonSerializer.SerializeToElement(85.1) },
        AppLink = "/tenant/1/manage/units/41251",
    };

    [Fact]
    public void A_serialized_DTO_is_valid_open_and_closed()
    {
        var json = JsonSerializer.SerializeToElement(SampleUnit, CasaviJson.Options);
        Assert.Empty(SchemaValidator.Open.Validate(UnitSchema, json));
        Assert.Empty(SchemaValidator.Closed.Validate(UnitSchema, json));
    }

    [Theory]
    [InlineData("internalId", "\"41251\"", "/internalId")]
    [InlineData("purpose", "\"garage\"", "/purpose")]
    [InlineData("appLink", "null", "/appLink")]
    [InlineData("contracts", "[{\"contacts\":[\"C-1\"],\"type\":\"tenant\"}]", "/contracts/0/type")]
    [InlineData("contracts", "[{\"contacts\":[\"C-1\"],\"type\":\"owner\",\"startDate\":\"yesterday\"}]", "/contracts/0/startDate")]
    public void A_wrong_field_fails_with_its_location(string field, string value, string location)
    {
        var json = UnitWith(u => u[field] = JsonNode.Parse(value));
        var errors = SchemaValidator.Open.Validate(UnitSchema, json);
        Assert.Contains(errors, e => e.StartsWith(location, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_required_field_fails()
    {
        var errors = SchemaValidator.Open.Validate(UnitSchema, UnitWith(u => u.Remove("name")));
        Assert.Contains(errors, e => e.Contains("name", StringComparison.Ordinal));
    }

    [Fact]
    public void An_optional_field_may_be_null()
    {
        Assert.Empty(SchemaValidator.Open.Validate(UnitSchema, UnitWith(u => u["note"] = null)));
    }

    [Fact]
    public void An_unknown_field_is_tolerated_openly_but_caught_closed()
    {
        var json = UnitWith(u => u["garageNumber"] = "G12");
        Assert.Empty(SchemaValidator.Open.Validate(UnitSchema, json));
        Assert.NotEmpty(SchemaValidator.Closed.Validate(UnitSchema, json));
    }

    [Fact]
    public void A_page_with_a_wrong_item_fails()
    {
        var page = new JsonObject { ["list"] = new JsonArray(JsonNode.Parse("{\"id\":\"P-1\"}")) };
        var errors = SchemaValidator.Open.Validate("#/components/schemas/PropertyPage", JsonSerializer.SerializeToElement(page));
        Assert.Contains(errors, e => e.StartsWith("/list/0", StringComparison.Ordinal));
    }

    private static JsonElement UnitWith(Action<JsonObject> change)
    {
        var node = JsonSerializer.SerializeToNode(SampleUnit, CasaviJson.Options)!.AsObject();
        change(node);
        return JsonSerializer.SerializeToElement(node);
    }
}
