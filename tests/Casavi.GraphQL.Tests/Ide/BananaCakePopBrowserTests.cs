using System.Collections.Concurrent;
using Casavi.GraphQL.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Casavi.GraphQL.Tests.Ide;

/// <summary>Opens the IDE in Chromium (see <see cref="Chromium"/>), as a person would, and runs a query through it.</summary>
public sealed class BananaCakePopBrowserTests
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [Fact]
    public async Task The_ide_runs_a_query_against_the_gateway_and_shows_the_result()
    {
        var (chromiumPath, problem) = Chromium.Locate();
        Assert.True(chromiumPath is not null, problem);
        await using var gateway = new KestrelGateway();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromiumPath,
            Args = ChromiumArgs,
            Headless = true,
        });
        var endpoint = new Uri(gateway.BaseAddress, "/graphql").ToString();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var graphQLPosts = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url == endpoint)
                graphQLPosts.Enqueue(request.PostData ?? "");
        };

        // The suite starts gateway processes in parallel with this test; on a busy 2-core machine the
        // IDE can take longer than Playwright's default 5 s to render an answer.
        Assertions.SetDefaultExpectTimeout(30_000);
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(endpoint);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).ClickAsync();
        var editor = page.Locator(".monaco-editor").First;
        await editor.ClickAsync();
        await page.Keyboard.InsertTextAsync("{ __typename }");
        await Assertions.Expect(editor.Locator(".view-lines")).ToContainTextAsync("__typename");
        // The IDE takes the editor's text into its document a moment later: a run clicked before that
        // (a busy machine) sends the empty document. Run again until our query has been sent.
        var run = page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Run Operation") });
        for (var attempt = 0; attempt < 5 && !graphQLPosts.Any(SendsOurQuery); attempt++)
        {
            await run.ClickAsync();
            for (var wait = 0; wait < 20 && !graphQLPosts.Any(SendsOurQuery); wait++)
                await page.WaitForTimeoutAsync(250);
        }

        var response = page.Locator(".monaco-editor .view-lines").Filter(new() { HasTextRegex = new("\"data\"") });
        await Assertions.Expect(response).ToContainTextAsync("\"__typename\": \"Query\"");
        // The IDE read the schema through the endpoint (introspection), not only ran the query.
        await Assertions.Expect(page.GetByText("Schema available")).ToBeVisibleAsync();

        Assert.Contains(graphQLPosts, body => body.Contains("IntrospectionQuery", StringComparison.Ordinal));
        Assert.Contains(graphQLPosts, SendsOurQuery);
    }

    private static bool SendsOurQuery(string body) =>
        body.Contains("__typename }", StringComparison.Ordinal) && !body.Contains("Introspection", StringComparison.Ordinal);
}
