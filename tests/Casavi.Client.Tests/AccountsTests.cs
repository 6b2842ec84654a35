using Casavi.Client.Api;
using Casavi.Client.Diagnostics;
using Casavi.Client.Tests.Support;
using Casavi.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Casavi.Client.Tests;

/// <summary>Several casavi accounts from one "Casavi" section, each with a client of its own.</summary>
public sealed class AccountsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> casavi)
    {
        return new ServiceCollection().AddLogging().AddCasaviAccounts(CasaviSection.Of(casavi)).BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public void Named_accounts_take_their_credentials_and_share_every_other_setting()
    {
        using var services = Build(new()
        {
            ["BaseUrl"] = "https://one.example.com",
            ["Key"] = "k1",
            ["Secret"] = "s1",
            ["MaxConcurrentRequests"] = "4",
            ["Accounts:two:BaseUrl"] = "https://two.example.com",
            ["Accounts:two:Key"] = "k2",
            ["Accounts:two:Secret"] = "s2",
        });

        var accounts = services.GetRequiredService<CasaviAccounts>();

        Assert.Equal(["default", "two"], accounts.All.Select(account => account.Name).Order());
        var two = accounts.Find("TWO")!;
        Assert.Equal((new Uri("https://two.example.com"), "k2", "s2", 4), (two.Options.BaseUrl, two.Options.Key, two.Options.Secret, two.Options.MaxConcurrentRequests));
        Assert.Equal((new Uri("https://one.example.com"), "k1"), (accounts.Default!.Options.BaseUrl, accounts.Default.Options.Key));
        Assert.False(two.IsDefault);
    }

    [Fact]
    public void Named_accounts_alone_have_no_default_and_a_scope_must_choose_one()
    {
        using var services = Build(new()
        {
            ["Accounts:two:BaseUrl"] = "https://two.example.com",
            ["Accounts:two:Key"] = "k2",
            ["Accounts:two:Secret"] = "s2",
        });
        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Null(services.GetRequiredService<CasaviAccounts>().Default);
        using var scope = services.CreateScope();
        Assert.Throws<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<IPropertiesApi>());
    }

    [Theory]
    [InlineData("Accounts:b c:BaseUrl", "https://x.example.com", "Casavi:Accounts:b c is not a valid account name")]
    [InlineData("Accounts:default:BaseUrl", "https://x.example.com", "Casavi:Accounts:default clashes with the account of the top-level Casavi:BaseUrl")]
    [InlineData("Accounts:two:BaseUrl", "https://x.example.com/v2", "Casavi:Accounts:two:BaseUrl must be the API root without /v2")]
    [InlineData("Accounts:two:BaseUrl", "https://x.example.com", "Casavi:Accounts:two:Secret is required.")]
    public void Invalid_accounts_fail_the_start_naming_their_setting(string setting, string value, string failure)
    {
        using var services = Build(new()
        {
            ["BaseUrl"] = "https://one.example.com",
            ["Key"] = "k1",
            ["Secret"] = "s1",
            ["Accounts:two:Key"] = "k2",
            [setting] = value,
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, message => message.StartsWith(failure, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_scope_reads_the_account_it_is_bound_to_with_its_own_sign_in()
    {
        await using var first = await SandboxServer.StartAsync(new SandboxOptions());
        await using var second = await SandboxServer.StartAsync(new SandboxOptions { Seed = 7, Key = "second-key", Secret = "second-secret" });
        await using var services = Build(new()
        {
            ["BaseUrl"] = first.BaseUrl.ToString(),
            ["Key"] = new SandboxOptions().Key,
            ["Secret"] = new SandboxOptions().Secret,
            ["Accounts:second:BaseUrl"] = second.BaseUrl.ToString(),
            ["Accounts:second:Key"] = "second-key",
            ["Accounts:second:Secret"] = "second-secret",
        });
        var accounts = services.GetRequiredService<CasaviAccounts>();

        var defaultNames = await FirstPageNamesAsync(services, accounts.Default!);
        var secondNames = await FirstPageNamesAsync(services, accounts.Find("second")!);

        Assert.Equal(first.Data.Properties.All().Take(25).Select(property => property.Name), defaultNames);
        Assert.Equal(second.Data.Properties.All().Take(25).Select(property => property.Name), secondNames);
        Assert.Equal((1, 1), (first.Requests.Count("POST /v2/authenticate"), second.Requests.Count("POST /v2/authenticate")));
    }

    private static async Task<List<string>> FirstPageNamesAsync(IServiceProvider services, CasaviAccount account)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CasaviAccountScope>().Use(account);
        using var log = CasaviCallTracker.Begin();
        var page = await scope.ServiceProvider.GetRequiredService<IPropertiesApi>().ListAsync();
        return [.. page.List.Select(property => property.Name)];
    }
}
