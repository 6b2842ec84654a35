namespace Casavi.Client.Api;

internal static class CasaviQuery
{
    /// <summary>ISO 8601 in UTC, as casavi's <c>modifiedAfter</c> examples write it.</summary>
    public const string DateFormat = "yyyy-MM-ddTHH:mm:ssZ";
}
