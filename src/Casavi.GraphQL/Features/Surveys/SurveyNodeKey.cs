namespace Casavi.GraphQL.Features.Surveys;

/// <summary>
/// A survey ID is unique only within its ticket, so a survey's node key names both. Each part is
/// escaped, so the separator cannot occur inside either.
/// </summary>
public static class SurveyNodeKey
{
    public static string Encode(string ticketId, string surveyId) =>
        $"{Uri.EscapeDataString(ticketId)}/{Uri.EscapeDataString(surveyId)}";

    public static bool TryDecode(string key, out string ticketId, out string surveyId)
    {
        var parts = key.Split('/');
        ticketId = parts.Length == 2 ? Uri.UnescapeDataString(parts[0]) : "";
        surveyId = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : "";
        return ticketId.Length > 0 && surveyId.Length > 0;
    }
}
