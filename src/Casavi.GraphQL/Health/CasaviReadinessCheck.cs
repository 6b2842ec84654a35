using Casavi.Client;
using Casavi.Client.Api;
using Casavi.Client.Errors;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Casavi.GraphQL.Health;

/// <summary>
/// Ready when casavi answers an authenticated request for every account (a token is obtainable and the API reachable).
/// One probe serves every caller for <see cref="HealthSettings.ReadyCacheDuration"/>, so frequent
/// probes from several orchestrators never hammer casavi. Descriptions are the gateway's own words:
/// never casavi's body, its host or the credentials.
/// </summary>
internal sealed class CasaviReadinessCheck(IServiceScopeFactory scopes, CasaviAccounts accounts, TimeProvider time, HealthSettings settings) : IHealthCheck
{
    private readonly Lock gate = new();
    private Task<HealthCheckResult>? latest;
    private long latestStarted;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (latest is null || (latest.IsCompleted && time.GetElapsedTime(latestStarted) >= settings.ReadyCacheDuration))
            {
                latestStarted = time.GetTimestamp();
                latest = ProbeAsync();
            }

            return latest.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Every account at once; with several, the worst status, each account's outcome named.</summary>
    private async Task<HealthCheckResult> ProbeAsync()
    {
        var results = await Task.WhenAll(accounts.All.Select(async account => (account.Name, Result: await ProbeAsync(account))));
        if (results.Length == 1)
            return results[0].Result;
        return new HealthCheckResult(
            results.Min(result => result.Result.Status),
            string.Join(" ", results.Select(result => $"Account {result.Name}: {result.Result.Description}")));
    }

    private async Task<HealthCheckResult> ProbeAsync(CasaviAccount account)
    {
        // The probe's own deadline, not a caller's: every waiting caller shares its outcome.
        using var deadline = new CancellationTokenSource(settings.ProbeTimeout, time);
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CasaviAccountScope>().Use(account);
        var tickets = scope.ServiceProvider.GetRequiredService<ITicketsApi>();
        try
        {
            // The smallest authenticated read casavi offers: one page of ticket types.
            await tickets.ListTypesAsync(deadline.Token);
            return HealthCheckResult.Healthy("casavi answered an authenticated request.");
        }
        catch (CasaviUnauthorizedException)
        {
            return HealthCheckResult.Unhealthy("casavi refused the gateway's key and secret.");
        }
        catch (CasaviRateLimitedException)
        {
            return HealthCheckResult.Degraded("casavi is rate limiting the gateway; requests wait or fail with UPSTREAM_RATE_LIMITED.");
        }
        catch (CasaviApiException failure)
        {
            return HealthCheckResult.Unhealthy(failure.StatusCode is { } status
                ? $"casavi answered {status}."
                : "casavi could not be reached or did not answer in time.");
        }
        catch (OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("casavi did not answer in time.");
        }
    }
}
