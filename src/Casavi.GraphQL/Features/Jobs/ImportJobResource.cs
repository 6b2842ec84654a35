using Casavi.Client.Api;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Jobs;

/// <summary>casavi's import jobs, served by id only.</summary>
public sealed class ImportJobResource() : FetchedResource<ImportJob, ImportJobGraphType, IJobsApi>(
    "ImportJob", value => value.Id, (api, id, token) => api.GetAsync(id, token), "job");
