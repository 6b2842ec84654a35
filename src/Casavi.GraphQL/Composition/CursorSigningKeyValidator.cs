using Casavi.GraphQL.Kernel.Paging;
using Casavi.Sandbox;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Composition;

/// <summary>
/// Requires <c>Gateway:CursorSigningKey</c> where cursors must survive restarts and work across
/// replicas. Development and the embedded sandbox (the published image's smoke run) may go without:
/// their data is generated, and a per-process key is enough there.
/// </summary>
internal sealed class CursorSigningKeyValidator(IHostEnvironment environment, IServiceProvider services) : IValidateOptions<GatewayOptions>
{
    private const string Expected = "Gateway:CursorSigningKey must be base64 of at least 32 random bytes (e.g. `openssl rand -base64 32`), the same on every replica.";

    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        if (options.CursorSigningKey is null)
            return environment.IsDevelopment() || services.GetService<SandboxServer>() is not null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(Expected);
        return KeyBytes(options.CursorSigningKey)?.Length >= CursorSigner.MinKeyBytes ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(Expected);
    }

    public static byte[]? KeyBytes(string key)
    {
        var bytes = new byte[key.Length];
        return Convert.TryFromBase64String(key, bytes, out var written) ? bytes[..written] : null;
    }

    /// <summary>
    /// The signer of <paramref name="account"/>'s cursors: with a key derived from the configured one, so a
    /// cursor of one account is refused by another; or (where the validator allowed none) a per-process random key.
    /// </summary>
    public static CursorSigner SignerFor(GatewayOptions options, string account) =>
        options.CursorSigningKey is { } key && KeyBytes(key) is { } bytes ? new CursorSigner(bytes).ForAccount(account) : CursorSigner.WithRandomKey();
}
