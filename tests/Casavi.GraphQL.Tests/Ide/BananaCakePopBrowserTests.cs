using System.Collections.Concurrent;
using Casavi.GraphQL.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Casavi.GraphQL.Tests.Ide;

/// <summary>Opens the IDE in Chromium (see <see cref="BananaCakePopBrowser"/>), as a person would, and runs a query through it.</summary>
public sealed class BananaCakePopBrowserTests
{
    [Fact]
    public async Task The_ide_runs_a_query_against_the_gateway_and_shows_the_result()
    {
        await using var gateway = new KestrelGateway();
        var graphQLPosts = new ConcurrentQueue<string>();
        await using var ide = await BananaCakePopBrowser.StartAsync(gateway.BaseAddress, (page, endpoint) =>
            page.Request += (_, request) =>
            {
                if (request.Method == "POST" && request.Url == endpoint)
                    graphQLPosts.Enqueue(request.PostData ?? "");
            });

        await ide.WriteDocumentAsync("{ __typename }", "__typename");
        await ide.RunUntilAsync(() => graphQLPosts.Any(SendsOurQuery));

        var response = ide.Page.Locator(".monaco-editor .view-lines").Filter(new() { HasTextRegex = new("\"data\"") });
        await Assertions.Expect(response).ToContainTextAsync("\"__typename\": \"Query\"");
        // The IDE read the schema through the endpoint (introspection), not only ran the query.
        await Assertions.Expect(ide.Page.GetByText("Schema available")).ToBeVisibleAsync();

        Assert.Contains(graphQLPosts, body => body.Contains("IntrospectionQuery", StringComparison.Ordinal));
        Assert.Contains(graphQLPosts, SendsOurQuery);
    }

    private static bool SendsOurQuery(string body) =>
        body.Contains("__typename }", StringComparison.Ordinal) && !body.Contains("Introspection", StringComparison.Ordinal);
}
