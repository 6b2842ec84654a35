namespace Casavi.GraphQL.Hosting;

/// <summary>
/// A setting that keeps the gateway from starting. Its message is one line that names the setting
/// and the expected form, printed instead of a stack trace (see <see cref="StartupRefusal"/>).
/// </summary>
public sealed class GatewaySettingsException(string message, Exception? cause = null) : Exception(message, cause);
