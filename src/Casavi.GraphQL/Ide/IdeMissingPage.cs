namespace Casavi.GraphQL.Ide;

/// <summary>
/// Shown instead of the IDE when the gateway was built without its bundle (no npm on the build
/// machine, or the install failed).
/// </summary>
internal static class IdeMissingPage
{
    public const string Html = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>GraphQL IDE not built</title></head>
        <body>
        <h1>Banana Cake Pop was not built into this gateway</h1>
        <p>The GraphQL endpoint works; only the IDE bundle is missing next to the gateway (folder <code>ide/</code>).
        The build installs it with npm and skips it when npm is not there.</p>
        <p>To get the IDE, install Node.js with npm and rebuild: <code>dotnet build src/Casavi.GraphQL</code>
        (or <code>dotnet publish</code>) runs <code>npm ci</code> in <code>src/Casavi.GraphQL/Ide</code>
        and copies the IDE into the output folder <code>ide/</code>.</p>
        </body>
        </html>
        """;
}
