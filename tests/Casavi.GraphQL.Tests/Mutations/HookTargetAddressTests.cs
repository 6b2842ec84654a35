using System.Net;
using Casavi.GraphQL.Features.RestHooks;
using Casavi.GraphQL.Kernel.Mutations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Tests.Mutations;

/// <summary>The receiver's host names resolve through a stand-in: these tests ask no DNS.</summary>
public sealed class HookTargetAddressTests
{
    private const string Internal = "hooks.internal.example";

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("93.184.215.14", "192.168.0.7")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData]
    public async Task A_name_that_resolves_to_any_non_public_address_or_to_none_is_refused(params string[] addresses)
    {
        var check = await CheckAsync("https://receiver.example/x", addresses);

        Assert.Equal(["input", "targetUrl"], Assert.Single(check.Errors).Path);
    }

    [Fact]
    public async Task A_name_that_resolves_to_public_addresses_only_is_accepted()
    {
        var check = await CheckAsync("https://receiver.example/x", "93.184.215.14", "2606:2800:220:1:248:1893:25c8:1946");

        Assert.False(check.HasErrors);
    }

    [Fact]
    public async Task An_allow_listed_host_is_accepted_without_resolving_it()
    {
        var check = await CheckAsync($"https://{Internal}/x", "10.0.0.5");

        Assert.False(check.HasErrors);
    }

    private static async Task<InputValidator> CheckAsync(string url, params string[] addresses)
    {
        var options = new RestHookOptions();
        options.AllowedHosts.Add(Internal);
        using var services = new ServiceCollection()
            .AddSingleton(Options.Create(options))
            .AddSingleton<IHostAddressResolver>(new FixedResolver(url.Contains(Internal, StringComparison.Ordinal) ? null : [.. addresses.Select(IPAddress.Parse)]))
            .BuildServiceProvider();
        var check = new InputValidator();
        await HookTargetUrl.CheckAddressesAsync(check, url, "targetUrl", services, CancellationToken.None);
        return check;
    }

    /// <summary>Answers every name with the same addresses; null means the test expects no lookup at all.</summary>
    private sealed class FixedResolver(IPAddress[]? addresses) : IHostAddressResolver
    {
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
            Task.FromResult(addresses ?? throw new InvalidOperationException($"{host} is allow-listed and should not be resolved."));
    }
}
