using Casavi.GraphQL.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Schema;

/// <summary>UNKNOWN only absorbs values casavi added later: no argument or input field offers it.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class InputEnumTests(GatewayFixture gateway)
{
    [Fact]
    public void No_enum_a_caller_can_send_has_UNKNOWN()
    {
        var schema = gateway.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var sent = InputEnums(schema).ToList();

        Assert.Contains("TicketStatusInput", sent);
        Assert.Contains("AppointmentRoleInput", sent);
        var offeringUnknown = sent.Distinct().Where(name => ((EnumerationGraphType)schema.AllTypes[name]!).Values.FindByName("UNKNOWN") is not null);
        Assert.Empty(offeringUnknown);
    }

    [Fact]
    public async Task UNKNOWN_as_a_filter_is_refused_before_casavi_is_asked()
    {
        var requests = gateway.Sandbox.Requests.Total;

        var body = await gateway.PostQueryAsync("{ tickets(status: UNKNOWN) { totalCount } }");

        Assert.False(body.TryGetProperty("data", out _), body.ToString());
        Assert.Contains("UNKNOWN", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(requests, gateway.Sandbox.Requests.Total);
    }

    /// <summary>The names of the enums used by arguments and input object fields.</summary>
    private static IEnumerable<string> InputEnums(ISchema schema)
    {
        var arguments = schema.AllTypes.OfType<IComplexGraphType>()
            .SelectMany(type => type.Fields)
            .SelectMany(field => field.Arguments ?? [])
            .Select(argument => argument.ResolvedType!);
        var inputFields = schema.AllTypes.OfType<IInputObjectGraphType>().SelectMany(type => type.Fields).Select(field => field.ResolvedType!);
        return arguments.Concat(inputFields).Select(Unwrapped).OfType<EnumerationGraphType>().Select(type => type.Name);
    }

    private static IGraphType Unwrapped(IGraphType type) => type is IProvideResolvedType wrapper ? Unwrapped(wrapper.ResolvedType!) : type;
}
