using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Kernel.Settings;

/// <summary>Collects what a settings validator finds wrong, so start-up reports every problem at once.</summary>
public sealed class SettingChecks
{
    private readonly List<string> failures = [];

    /// <summary>Records <paramref name="failure"/> (a message naming the setting) unless <paramref name="condition"/> holds.</summary>
    public void Require(bool condition, string failure)
    {
        if (!condition)
            failures.Add(failure);
    }

    public ValidateOptionsResult Result => failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
