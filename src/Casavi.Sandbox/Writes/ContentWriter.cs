using Casavi.Contract.Content;
using Casavi.Contract.Integration;
using Casavi.Sandbox.Data;
using Casavi.Sandbox.Hooks;
using Casavi.Sandbox.Http;

namespace Casavi.Sandbox.Writes;

/// <summary>Creates posts and appointments, validated like casavi; they are readable right after, and a post calls its rest hooks.</summary>
internal sealed class ContentWriter(SandboxData data, RuntimeIds ids, HookDispatcher hooks, TimeProvider time)
{
    private static readonly List<AppointmentRole> AllRoles = [AppointmentRole.Renter, AppointmentRole.Owner, AppointmentRole.Resident];

    public Post CreatePost(CreatePost body)
    {
        var id = Require.OptionalId(body.Id, "id");
        var title = Require.Text(body.Title, "title");
        var text = Require.Text(body.Text, "text");
        var propertyId = Require.Text(body.PropertyId, "propertyId");
        var now = time.GetUtcNow();
        Post post;
        lock (data.Gate)
        {
            Require.That(data.Properties.Find(propertyId) is not null, $"propertyId: property '{propertyId}' not found");
            if (id is not null && data.Posts.Find(id) is not null)
                throw CasaviProblem.Conflict($"A post with id '{id}' already exists");
            post = new Post
            {
                Id = id ?? ids.NewUuid(),
                InternalId = data.Posts.All().Select(p => p.InternalId).DefaultIfEmpty().Max() + 1,
                Title = title,
                Text = text,
                AuthorId = body.AuthorId,
                AuthorName = AuthorName(body.AuthorId),
                PropertyId = propertyId,
                AllowComments = body.AllowComments ?? false,
                IsImportant = body.IsImportant ?? false,
                ShowOnInfoboard = body.ShowOnInfoboard ?? false,
                PublishAt = body.PublishAt ?? now,
                CreatedAt = now,
            };
            data.Posts.Add(post, now);
        }
        hooks.Publish(RestHookEvents.PostCreated, post.Id, now);
        return post;
    }

    public Appointment CreateAppointment(CreateAppointment body)
    {
        var id = Require.OptionalId(body.Id, "id");
        var title = Require.Text(body.Title, "title");
        Require.That(body.PropertyIds is { Count: > 0 }, "propertyIds must name at least one property");
        Require.That(body.PropertyIds.TrueForAll(p => !string.IsNullOrWhiteSpace(p)), "propertyIds must not contain empty IDs");
        Require.That(body.DateStart != default, "dateStart is required");
        Require.That(body.DateEnd is null || body.DateEnd >= body.DateStart, "dateEnd must not be before dateStart");
        Require.That(body.Roles is null || !body.Roles.Contains(AppointmentRole.Unknown), "roles may only be renter, owner or resident");
        lock (data.Gate)
        {
            var unknown = body.PropertyIds.Find(p => data.Properties.Find(p) is null);
            Require.That(unknown is null, $"propertyIds: property '{unknown}' not found");
            if (id is not null && data.Appointments.Find(id) is not null)
                throw CasaviProblem.Conflict($"An appointment with id '{id}' already exists");
            var appointment = new Appointment
            {
                Id = id ?? ids.NewUuid(),
                Title = title,
                Text = body.Text,
                Location = body.Location,
                AuthorId = body.AuthorId,
                AllDay = body.AllDay ?? false,
                ShowOnInfoboard = body.ShowOnInfoboard ?? false,
                PropertyIds = [.. body.PropertyIds.Distinct(StringComparer.Ordinal)],
                Roles = body.Roles is { Count: > 0 } roles ? [.. roles.Distinct()] : [.. AllRoles],
                NotifyRecipients = body.NotifyRecipients ?? false,
                DateStart = body.DateStart,
                DateEnd = body.DateEnd,
            };
            data.Appointments.Add(appointment, time.GetUtcNow());
            return appointment;
        }
    }

    /// <summary>The author's name when the ID is a staff member or a contact the account knows.</summary>
    private string? AuthorName(string? authorId)
    {
        if (authorId is null)
            return null;
        if (data.Staff.Find(authorId) is { } member)
            return $"{member.FirstName} {member.LastName}";
        return data.Contacts.Find(authorId) is { } contact ? contact.CompanyName ?? $"{contact.FirstName} {contact.LastName}" : null;
    }
}
