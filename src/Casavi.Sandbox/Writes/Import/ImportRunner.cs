using System.Text.Json;
using Casavi.Contract.Integration;
using Casavi.Sandbox.Data;
using Casavi.Sandbox.Http;

namespace Casavi.Sandbox.Writes.Import;

/// <summary>
/// POST /v2/import: applies properties, then units, then contacts, and records a job that is already
/// complete (the sandbox imports synchronously; the job answers as a finished casavi import would).
/// </summary>
internal sealed class ImportRunner(SandboxData data, RuntimeIds ids, TimeProvider time)
{
    public ImportJob Run(JsonElement body)
    {
        var updateExisting = UpdateExisting(body);
        var properties = Entities(body, "properties");
        var units = Entities(body, "units");
        var contacts = Entities(body, "contacts");
        lock (data.Gate)
        {
            var session = new ImportSession(data, time.GetUtcNow(), updateExisting);
            var results = new ImportResults
            {
                Properties = new PropertyImporter(session).Apply(properties),
                Units = new UnitImporter(session).Apply(units),
                Contacts = new ContactImporter(session).Apply(contacts),
                Documents = new ImportEntityResult(),
                Responsibilities = new ImportEntityResult(),
            };
            RefreshContracts(session);
            var job = new ImportJob
            {
                Id = ids.NextJobId(),
                TenantId = 1,
                CreatedAt = session.Now,
                CompletedAt = session.Now,
                Completed = true,
                IntegrationType = "MASTER_DATA",
                Results = results,
                UpdateExisting = updateExisting,
                UploadType = "api",
                HasContent = properties.Count + units.Count + contacts.Count > 0,
                Progress = 1,
                Running = false,
            };
            data.Jobs.Add(job, session.Now);
            return job;
        }
    }

    /// <summary>Re-derives the contracts of every contact the import touched, from the units.</summary>
    private void RefreshContracts(ImportSession session)
    {
        if (session.TouchedContacts.Count == 0)
            return;
        var byContact = ContactContracts.ByContact(data.Units.All());
        foreach (var contactId in session.TouchedContacts)
        {
            if (data.Contacts.Find(contactId) is { } contact)
                data.Contacts.Replace(contact with { Contracts = ContactContracts.Of(byContact, contactId) }, session.Now);
        }
    }

    private static bool UpdateExisting(JsonElement body) =>
        !body.TryGetProperty("updateExisting", out var value) || value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => true,
            _ => throw CasaviProblem.BadRequest("updateExisting must be true or false"),
        };

    private static List<JsonElement> Entities(JsonElement body, string name) =>
        !body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? []
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()]
        : throw CasaviProblem.BadRequest($"{name} must be an array");
}
