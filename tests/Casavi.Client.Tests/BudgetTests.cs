using System.Net;
using Casavi.Client.Api;
using Casavi.Client.Diagnostics;
using Casavi.Client.Errors;
using Casavi.Client.Tests.Support;

namespace Casavi.Client.Tests;

/// <summary>A call log's budget stops requests before they are sent: retries included, sign-ins not counted.</summary>
public sealed class BudgetTests
{
    [Fact]
    public async Task Retries_stop_when_the_budget_is_spent_and_the_sign_in_is_not_counted()
    {
        await using var harness = new ClientHarness(("Retry:MaxRetryAttempts", "5"));
        harness.Stub.OnApi = (_, _) => Task.FromResult(StubAnswers.Status(HttpStatusCode.BadGateway));

        using var log = CasaviCallTracker.Begin(maxRequests: 2);
        var refused = await Assert.ThrowsAsync<CasaviBudgetExceededException>(() => harness.Get<IPropertiesApi>().GetAsync("P-1"));

        Assert.Equal(2, refused.MaxRequests);
        Assert.Equal(2, harness.Stub.ApiRequests.Count);
        Assert.Equal(1, harness.Stub.AuthenticateCount);
        Assert.Equal(3, log.Count);
    }

    [Fact]
    public async Task An_enclosing_budget_applies_to_a_nested_log()
    {
        await using var harness = new ClientHarness();
        var staff = harness.Get<IStaffApi>();

        using var outer = CasaviCallTracker.Begin(maxRequests: 1);
        using var inner = CasaviCallTracker.Begin();
        await staff.ListAsync();
        await Assert.ThrowsAsync<CasaviBudgetExceededException>(() => staff.ListAsync());

        Assert.Single(harness.Stub.ApiRequests);
    }
}
