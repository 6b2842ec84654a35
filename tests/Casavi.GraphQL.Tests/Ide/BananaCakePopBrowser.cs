using Casavi.GraphQL.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Casavi.GraphQL.Tests.Ide;

/// <summary>Headless Chromium (see <see cref="Chromium"/>) showing the IDE at a gateway's GraphQL endpoint.</summary>
public sealed class BananaCakePopBrowser : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private BananaCakePopBrowser(IPlaywright playwright, IBrowser browser, IPage page, string endpoint)
    {
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
        Endpoint = endpoint;
    }

    public IPage Page { get; }

    /// <summary>The gateway's GraphQL endpoint, which is also the IDE's address.</summary>
    public string Endpoint { get; }

    /// <summary>The IDE's run button, whose name changes with the operation.</summary>
    public ILocator RunButton => Page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Run Operation") });

    /// <summary>Starts Chromium with a page on <paramref name="gateway"/>'s endpoint; <paramref name="watch"/> sees the page before it loads.</summary>
    public static async Task<BananaCakePopBrowser> StartAsync(Uri gateway, Action<IPage, string>? watch = null)
    {
        var (chromiumPath, problem) = Chromium.Locate();
        Assert.True(chromiumPath is not null, problem);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromiumPath,
            Args = ChromiumArgs,
            Headless = true,
        });
        var endpoint = new Uri(gateway, "/graphql").ToString();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        watch?.Invoke(page, endpoint);

        // The suite starts gateway processes in parallel with the browser tests; on a busy 2-core machine the
        // IDE can take longer than Playwright's default 5 s to render an answer.
        Assertions.SetDefaultExpectTimeout(30_000);
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(endpoint);
        return new BananaCakePopBrowser(playwright, browser, page, endpoint);
    }

    /// <summary>Opens a new document and types <paramref name="document"/> into its editor.</summary>
    public async Task WriteDocumentAsync(string document, string visibleText)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).ClickAsync();
        var editor = Page.Locator(".monaco-editor").First;
        await editor.ClickAsync();
        await Page.Keyboard.InsertTextAsync(document);
        await Assertions.Expect(editor.Locator(".view-lines")).ToContainTextAsync(visibleText);
    }

    /// <summary>
    /// Runs the document until <paramref name="sent"/> holds. The IDE takes the editor's text into its document
    /// a moment later: a run clicked before that (a busy machine) sends the empty document.
    /// </summary>
    public async Task RunUntilAsync(Func<bool> sent)
    {
        for (var attempt = 0; attempt < 5 && !sent(); attempt++)
        {
            await RunButton.ClickAsync();
            for (var wait = 0; wait < 20 && !sent(); wait++)
                await Page.WaitForTimeoutAsync(250);
        }

        Assert.True(sent(), "the IDE did not send the document after 5 runs");
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
