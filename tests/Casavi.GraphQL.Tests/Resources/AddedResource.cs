using Casavi.Contract;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.Types;
using Refit;

namespace Casavi.GraphQL.Tests.Resources;

/// <summary>
/// A casavi resource the gateway does not have, added the way the guide says, in test code only:
/// a Refit method, a DTO, a graph type and a description. Casavi's staff list serves as its data.
/// </summary>
public interface IColleaguesApi
{
    [Get("/v2/staff")]
    Task<Page<Colleague>> ListAsync(CancellationToken cancellationToken);
}

public sealed record Colleague(string Id, string? LastName);

public sealed class ColleagueGraphType : ObjectGraphType<Colleague>
{
    public ColleagueGraphType()
    {
        Name = "Colleague";
        Description = "A staff member, described a second time by a test.";
        this.IsNode(colleague => colleague.Id);
        Field("referenceId", colleague => colleague.Id).Description("casavi reference ID.");
        Field(colleague => colleague.LastName, nullable: true).Description("Last name.");
    }
}

public sealed class ColleagueResource() : ListedResource<Colleague, ColleagueGraphType, IColleaguesApi>(
    "Colleague", colleague => colleague.Id, (api, token) => api.ListAsync(token), "colleagues", "Staff, as colleagues.");
