namespace Casavi.GraphQL.Features.Jobs;

/// <summary>casavi's limits for one import request (API overview: "15Mb" bodies, "not more than 20k entities at once").</summary>
public static class ImportLimits
{
    public const int MaxEntities = 20_000;

    public const long MaxBodyBytes = 15L * 1024 * 1024;
}
