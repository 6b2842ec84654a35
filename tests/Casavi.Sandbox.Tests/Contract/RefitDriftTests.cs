using System.Text.Json.Nodes;
using Casavi.Contract;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>The Refit interfaces and the contract describe the same endpoints, parameters and bodies.</summary>
public sealed class RefitDriftTests
{
    // The token handshake is sent by the client's authentication handler, not by a Refit interface.
    private const string TokenHandshake = "POST /v2/authenticate";

    private readonly JsonObject document = ContractDocument.Load();

    [Fact]
    public void Refit_interfaces_are_found() => Assert.True(RefitEndpoint.All.Count >= 30, $"only {RefitEndpoint.All.Count} Refit methods found");

    [Fact]
    public void Every_Refit_method_has_its_operation()
    {
        var operations = ContractDocument.Operations(document).Select(o => o.Key).ToHashSet();
        Assert.Empty(RefitEndpoint.All.Where(e => !operations.Contains(e.Key)).Select(e => $"{e.Name}: {e.Key}"));
    }

    [Fact]
    public void Every_operation_has_its_Refit_method()
    {
        var endpoints = RefitEndpoint.All.Select(e => e.Key).ToHashSet();
        var operations = ContractDocument.Operations(document).Select(o => o.Key).ToList();
        Assert.Contains(TokenHandshake, operations);
        var withoutRefit = operations.Where(o => o != TokenHandshake && !endpoints.Contains(o)).ToList();
        Assert.Empty(withoutRefit);
    }

    [Fact]
    public void Every_Refit_query_parameter_is_a_query_parameter_of_its_operation()
    {
        var missing = RefitEndpoint.All
            .SelectMany(e => e.QueryParameters().Select(p => (Endpoint: e, Name: RefitEndpoint.QueryName(p))))
            .Where(x => !ContractDocument.Operation(document, x.Endpoint.Key).QueryParameterNames().Contains(x.Name))
            .Select(x => $"{x.Endpoint.Name}: ?{x.Name}");
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_path_parameter_is_declared_by_its_operation()
    {
        var missing = ContractDocument.Operations(document)
            .SelectMany(o => PathTemplateParameters(o.Path).Select(name => (Operation: o, Name: name)))
            .Where(x => !x.Operation.Parameters().Any(p => (string?)p["in"] == "path" && (string?)p["name"] == x.Name))
            .Select(x => $"{x.Operation.Key}: {{{x.Name}}}");
        Assert.Empty(missing);
    }

    [Fact]
    public void Refit_bodies_and_results_match_the_operation_schemas()
    {
        var mismatches = new List<string>();
        foreach (var endpoint in RefitEndpoint.All)
        {
            var operation = ContractDocument.Operation(document, endpoint.Key);
            if (operation.RequestSchemaName() != endpoint.BodyType()?.Name)
                mismatches.Add($"{endpoint.Name}: body {endpoint.BodyType()?.Name} vs {operation.RequestSchemaName()}");
            if (operation.SuccessSchemaName() != SchemaNameOf(endpoint.ResultType()))
                mismatches.Add($"{endpoint.Name}: result {endpoint.ResultType()?.Name} vs {operation.SuccessSchemaName()}");
        }
        Assert.Empty(mismatches);
    }

    private static string? SchemaNameOf(Type? type) =>
        type is { IsGenericType: true } && type.GetGenericTypeDefinition() == typeof(Page<>)
            ? type.GetGenericArguments()[0].Name + "Page"
            : type?.Name;

    private static IEnumerable<string> PathTemplateParameters(string path) =>
        path.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}'));
}
