using Casavi.Client.Api;
using Casavi.Client.Errors;
using Casavi.Client.Paging;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Features.Surveys;

/// <summary>
/// The surveys of each ticket. casavi serves surveys only per ticket, so a batch makes one request
/// per ticket, all in parallel (one wave while the batch fits the client's concurrency cap).
/// </summary>
public sealed class SurveysByTicketLoader(ITicketsApi tickets, ICasaviPager pager) : BatchLoader<string, IReadOnlyList<TicketSurvey>>(StringComparer.Ordinal)
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<TicketSurvey>>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var lists = await Task.WhenAll(keys.Select(ticketId => ListAsync(ticketId, cancellationToken)));
        return keys.Zip(lists).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<TicketSurvey>> ListAsync(string ticketId, CancellationToken cancellationToken)
    {
        var surveys = new List<TicketSurvey>();
        try
        {
            await foreach (var survey in pager.WalkAsync(token => tickets.ListSurveysAsync(ticketId, token), cancellationToken))
                surveys.Add(survey.TicketId is null ? survey with { TicketId = ticketId } : survey);
        }
        catch (CasaviNotFoundException)
        {
            // An unknown ticket has no surveys; the ticket itself reports NOT_FOUND where it is asked for.
            return [];
        }

        return surveys;
    }
}
