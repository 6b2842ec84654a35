namespace Casavi.GraphQL.Ide;

/// <summary>Shown instead of the IDE when the build has not installed it (npm was not run or failed).</summary>
internal static class IdeMissingPage
{
    public const string Html = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>GraphQL IDE not installed</title></head>
        <body>
        <h1>Banana Cake Pop is not installed</h1>
        <p>The GraphQL endpoint works; only the IDE files are missing next to the gateway.</p>
        <p>Build the gateway with Node.js and npm available: <code>dotnet build src/Casavi.GraphQL</code>
        runs <code>npm install</code> in <code>src/Casavi.GraphQL/Ide</code> and copies the IDE into the output folder <code>ide/</code>.</p>
        </body>
        </html>
        """;
}
