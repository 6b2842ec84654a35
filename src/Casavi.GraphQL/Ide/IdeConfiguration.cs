namespace Casavi.GraphQL.Ide;

/// <summary>
/// The <c>bcp-config.json</c> the Banana Cake Pop 18.0.0 bundle fetches next to its page. Only fields
/// its main script reads: <c>useBrowserUrlAsEndpoint</c> makes the page's own URL (the GraphQL
/// endpoint) the connection, with no connection dialog; <c>disableTelemetry</c> stops it reporting usage to its vendor.
/// </summary>
internal sealed record IdeConfiguration(bool UseBrowserUrlAsEndpoint, bool DisableTelemetry)
{
    public static readonly IdeConfiguration SameEndpoint = new(UseBrowserUrlAsEndpoint: true, DisableTelemetry: true);
}
