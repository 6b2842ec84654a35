using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Integration;

/// <summary>
/// Every endpoint of the casavi contract (schema/casavi-v2.openapi.json) is reached through at least
/// one field of the printed GraphQL schema, so an endpoint added to the contract without a field fails here.
/// </summary>
[Collection(GatewayTestGroup.Name)]
public sealed class ContractCoverageTests(GatewayFixture gateway)
{
    /// <summary>Endpoint → the fields (Type.field) that call it.</summary>
    private static readonly Dictionary<string, string[]> Coverage = new(StringComparer.Ordinal)
    {
        ["GET /v2/properties"] = ["Query.properties"],
        ["GET /v2/properties/{propertyId}"] = ["Query.property", "Unit.property", "Post.property", "DocumentShare.property", "Appointment.properties"],
        ["GET /v2/properties/{propertyId}/responsibilities"] = ["Property.responsibilities"],
        ["GET /v2/properties/{propertyId}/posts"] = ["Property.posts"],
        ["GET /v2/units"] = ["Query.units"],
        ["GET /v2/units/{unitId}"] = ["Query.unit", "Property.units", "DocumentShare.unit"],
        ["GET /v2/contacts"] = ["Query.contacts"],
        ["GET /v2/contacts/{contactId}"] = ["Query.contact"],
        ["GET /v2/subcommunities/{subcommunityId}"] = ["Query.subcommunity", "Property.subcommunities"],
        ["GET /v2/staff"] = ["Query.staff"],
        ["GET /v2/tickets"] = ["Query.tickets"],
        ["GET /v2/tickets/types"] = ["Query.ticketTypes"],
        ["GET /v2/tickets/type-groups"] = ["Query.ticketTypeGroups"],
        ["GET /v2/tickets/orders"] = ["Query.orders"],
        ["GET /v2/tickets/orders/types"] = ["Query.orderTypes"],
        ["GET /v2/tickets/checklists"] = ["Query.checklists"],
        ["GET /v2/tickets/{ticketId}"] = ["Query.ticket"],
        ["GET /v2/tickets/{ticketId}/surveys"] = ["Ticket.surveys"],
        ["POST /v2/tickets/{ticketId}/surveys"] = ["Mutation.createTicketSurvey"],
        ["GET /v2/posts"] = ["Query.posts"],
        ["POST /v2/posts"] = ["Mutation.createPost"],
        ["GET /v2/posts/{postId}"] = ["Query.post"],
        ["GET /v2/documents/types"] = ["Query.documentTypes", "Document.documentType"],
        ["GET /v2/documents/{documentId}"] = ["Query.document"],
        ["GET /v2/appointments"] = ["Query.appointments"],
        ["POST /v2/appointments"] = ["Mutation.createAppointment"],
        ["GET /v2/appointments/{appointmentId}"] = ["Query.appointment"],
        ["GET /v2/consumption/resources"] = ["Query.consumptionResources"],
        ["GET /v2/consumption/resources/{resourceId}"] = ["Query.consumptionResource"],
        ["POST /v2/import"] = ["Mutation.startImport"],
        ["GET /v2/jobs/{jobId}"] = ["Query.job", "StartImportPayload.job"],
        ["GET /v2/restHooks"] = ["Query.restHooks"],
        ["POST /v2/restHooks"] = ["Mutation.registerRestHook"],
        ["DELETE /v2/restHooks/{hookId}"] = ["Mutation.removeRestHook"],
        ["POST /v2/vulcavo/assembly-topic/status"] = ["Mutation.setAssemblyTopicStatus"],
        ["PATCH /v2/vulcavo/assembly-topic/{id}"] = ["Mutation.updateAssemblyTopic"],
    };

    /// <summary>Endpoints with no field of their own, and why.</summary>
    private static readonly Dictionary<string, string> NoField = new(StringComparer.Ordinal)
    {
        ["POST /v2/authenticate"] = "The client signs in with it before every other call; it is not data.",
    };

    private static readonly string[] HttpMethods = ["get", "post", "put", "patch", "delete"];

    [Fact]
    public void Every_contract_endpoint_is_covered_and_every_covered_endpoint_is_in_the_contract()
    {
        var endpoints = ContractEndpoints();

        var uncovered = endpoints.Where(endpoint => !Coverage.ContainsKey(endpoint) && !NoField.ContainsKey(endpoint)).ToList();
        var notInContract = Coverage.Keys.Concat(NoField.Keys).Where(endpoint => !endpoints.Contains(endpoint)).ToList();

        Assert.Empty(uncovered);
        Assert.Empty(notInContract);
    }

    [Fact]
    public void Every_covering_field_exists_in_the_printed_schema()
    {
        var schema = gateway.Services.GetRequiredService<ISchema>();
        var document = GraphQLParser.Parser.Parse(schema.Print());
        var fields = document.Definitions.OfType<GraphQLObjectTypeDefinition>()
            .SelectMany(type => (type.Fields?.Items ?? []).Select(field => $"{type.Name.StringValue}.{field.Name.StringValue}"))
            .ToHashSet(StringComparer.Ordinal);

        var missing = Coverage.Values.SelectMany(covering => covering).Where(field => !fields.Contains(field)).ToList();

        Assert.Empty(missing);
    }

    private static HashSet<string> ContractEndpoints()
    {
        using var contract = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("schema", "casavi-v2.openapi.json")));
        return contract.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => HttpMethods.Contains(operation.Name))
                .Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet(StringComparer.Ordinal);
    }
}
