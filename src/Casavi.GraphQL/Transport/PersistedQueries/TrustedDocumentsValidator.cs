using Casavi.GraphQL.Composition;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Transport.PersistedQueries;

/// <summary>Refuses the start when <c>Gateway:TrustedDocuments</c> names no readable manifest or a manifest entry's hash is wrong.</summary>
internal sealed class TrustedDocumentsValidator : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        var settings = options.TrustedDocuments;
        if (settings.Mode == TrustedDocumentMode.Off)
            return ValidateOptionsResult.Success;
        if (string.IsNullOrWhiteSpace(settings.Path))
            return ValidateOptionsResult.Fail($"Gateway:TrustedDocuments:Path must name a manifest file or directory when Gateway:TrustedDocuments:Mode is {settings.Mode}.");
        try
        {
            TrustedDocumentManifest.Load(settings.Path);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidDataException invalid)
        {
            return ValidateOptionsResult.Fail(invalid.Message);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail($"Gateway:TrustedDocuments:Path could not be read: {unreadable.Message}");
        }
    }
}
