using Casavi.Contract;

namespace Casavi.Sandbox.Tests.Infrastructure;

/// <summary>Request bodies written with casavi's conventions.</summary>
public static class CasaviBody
{
    public static JsonContent Body<T>(T value) => JsonContent.Create(value, options: CasaviJson.Options);

    public static T Read<T>(JsonElement element) => element.Deserialize<T>(CasaviJson.Options)!;

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(CasaviJson.Options))!;
}
