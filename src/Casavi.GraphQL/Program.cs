using Casavi.Client;
using Casavi.GraphQL.Hosting;
using Casavi.GraphQL.Ide;
using Casavi.GraphQL.Schema;
using Casavi.GraphQL.Transport;

const string GraphQLPath = "/graphql";

var builder = WebApplication.CreateBuilder(args);
builder.AddGatewayTelemetry();
await builder.AddCasaviUpstreamAsync();
builder.Services.AddCasaviClient(builder.Configuration.GetSection("Casavi"));
builder.Services.AddCasaviGraph();
builder.AddGraphQLTransport();

var app = builder.Build();
app.MapGraphQLEndpoint(GraphQLPath);
app.MapBananaCakePop(GraphQLPath);
app.AnnounceOnStart(GraphQLPath);
await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
