using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Hosting;

/// <summary>Turns invalid settings into one line on stderr and a non-zero exit code, before anything is served.</summary>
public static class StartupRefusal
{
    public const int ExitCode = 1;

    /// <summary>
    /// Runs every ValidateOnStart check now, outside the host, so a bad setting is reported as a
    /// <see cref="GatewaySettingsException"/> rather than as the host's stack trace.
    /// </summary>
    public static WebApplication ValidateSettings(this WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
            return app;
        }
        catch (OptionsValidationException invalid)
        {
            throw new GatewaySettingsException(string.Join(" ", invalid.Failures), invalid);
        }
        catch (AggregateException invalid) when (invalid.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            var failures = invalid.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures);
            throw new GatewaySettingsException(string.Join(" ", failures), invalid);
        }
        catch (InvalidOperationException unreadable)
        {
            // The configuration binder's message names the setting and the type it expects.
            throw new GatewaySettingsException(unreadable.Message, unreadable);
        }
    }

    /// <summary>Writes the refusal (with its stack trace only when debug logging is configured) and returns the exit code.</summary>
    public static int Report(GatewaySettingsException refusal, IConfiguration configuration)
    {
        var verbose = configuration["Logging:LogLevel:Default"] is "Debug" or "Trace";
        Console.Error.WriteLine($"Start-up refused: {(verbose ? refusal.ToString() : refusal.Message)}");
        return ExitCode;
    }
}
