using System.Text.Encodings.Web;
using System.Text.Json;
using Casavi.Contract.MasterData;
using Casavi.Sandbox.Data;

namespace Casavi.GraphQL.Tests.MasterData;

/// <summary>The product's headline query and what its answer must be, computed from the sandbox's data.</summary>
internal static class NestedMasterDataQuery
{
    private static readonly JsonSerializerOptions AsTheGatewayWrites = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string For(int first) =>
        $"{{ properties(first: {first}) {{ nodes {{ name units {{ nodes {{ name contracts {{ type contacts {{ firstName lastName }} }} }} }} }} }} }}";

    public static string Expected(SandboxData data, int first, DateTimeOffset now)
    {
        var properties = data.Properties.All().Take(first).Select(property => new
        {
            name = property.Name,
            units = new
            {
                nodes = property.Addresses.SelectMany(address => address.Units).Distinct().Take(25)
                    .Select(id => data.Units.Find(id)!)
                    .Select(unit => new
                    {
                        name = unit.Name,
                        contracts = unit.Contracts.Where(contract => contract.EndDate is null || contract.EndDate >= now).Select(contract => new
                        {
                            type = contract.Type == ContractType.Owner ? "OWNER" : "RENTER",
                            contacts = contract.Contacts.Select(id => data.Contacts.Find(id)).Select(contact => new { firstName = contact?.FirstName, lastName = contact?.LastName }),
                        }),
                    }),
            },
        });
        return JsonSerializer.Serialize(new { properties = new { nodes = properties } }, AsTheGatewayWrites);
    }

    /// <summary>Contacts named by the active contracts of the first properties' units (with repeats, as a naive resolver meets them).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ContactReferences(SandboxData data, int first, DateTimeOffset now) =>
        [.. UnitIds(data, first).Select(id => data.Units.Find(id)!)
            .SelectMany(unit => unit.Contracts.Where(contract => contract.EndDate is null || contract.EndDate >= now))
            .Select(contract => (IReadOnlyList<string>)contract.Contacts)];

    public static IReadOnlyList<string> UnitIds(SandboxData data, int first) =>
        [.. data.Properties.All().Take(first).SelectMany(property => property.Addresses.SelectMany(address => address.Units).Distinct().Take(25))];
}
