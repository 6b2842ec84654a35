using Casavi.GraphQL.Kernel.Settings;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Security;

/// <summary>Checks the "Gateway:RateLimit" section at start; each message names the setting.</summary>
internal sealed class CallerRateLimitSettingsValidator : IValidateOptions<CallerRateLimitSettings>
{
    public ValidateOptionsResult Validate(string? name, CallerRateLimitSettings settings)
    {
        var check = new SettingChecks();
        check.Require(settings.PermitsPerSecond >= 0, "Gateway:RateLimit:PermitsPerSecond must not be negative (0 turns the limit off).");
        check.Require(settings.QueueLimit >= 0, "Gateway:RateLimit:QueueLimit must not be negative.");
        check.Require(settings.PermitsPerCostRefusal >= 1, "Gateway:RateLimit:PermitsPerCostRefusal must be at least 1 (the permit every request takes).");
        if (settings.IsOn)
        {
            // A bucket smaller than a second's refill would cap the rate at Burst, whatever PermitsPerSecond says.
            check.Require(
                settings.Burst >= settings.PermitsPerSecond,
                "Gateway:RateLimit:Burst must be at least Gateway:RateLimit:PermitsPerSecond.");
        }

        return check.Result;
    }
}
