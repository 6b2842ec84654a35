namespace Casavi.GraphQL.Hosting;

/// <summary>The values of <c>Casavi:Upstream</c>.</summary>
public enum UpstreamKind
{
    /// <summary>The embedded sandbox: generated data, for development, demos and frontend mocks.</summary>
    Sandbox,

    /// <summary>A real casavi API, from <c>Casavi:BaseUrl</c>, <c>Casavi:Key</c> and <c>Casavi:Secret</c>.</summary>
    Casavi,
}
