using Casavi.Client.Api;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Relay;
using GraphQL;
using GraphQL.DataLoader;

namespace Casavi.GraphQL.Features.Surveys;

/// <summary>Surveys have no endpoint of their own: the key names the ticket, whose surveys are loaded and searched.</summary>
public sealed class TicketSurveyNodeSource : INodeSource
{
    public string TypeName => "TicketSurvey";

    public Type GraphType => typeof(TicketSurveyGraphType);

    public FieldReach Reach { get; } = new(CasaviEndpoint.Of<ITicketsApi>(nameof(ITicketsApi.ListSurveysAsync)), null);

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, string key)
    {
        // A key this gateway never wrote names no survey: NOT_FOUND without asking casavi.
        if (!SurveyNodeKey.TryDecode(key, out var ticketId, out var surveyId))
            return new ReadyResult<object?>(null);

        ReferenceIds.Require(ticketId);
        return context.Service<SurveysByTicketLoader>().LoadAsync(ticketId)
            .Then(surveys => (object?)surveys?.FirstOrDefault(survey => survey.Id == surveyId));
    }
}
