using System.Globalization;
using Casavi.Contract.Content;
using Casavi.Sandbox.Data.Vocabulary;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>Notices on the properties' boards, written by the property managers, some with attachments.</summary>
internal sealed class PostSeeder(SeedContext context, Roster roster)
{
    private long nextAttachmentId = 123_000;

    public void Seed(SandboxData data)
    {
        var authors = roster.StaffIn(Staffing.PropertyManagement);
        for (var number = 1; number <= context.Scaled(150); number++)
        {
            var property = context.Pick(roster.Properties).Property;
            var (title, text) = context.Pick(ContentTexts.Posts);
            var author = context.Pick(authors);
            var createdAt = context.DaysAgo(0, 540);
            var eventDate = createdAt.AddDays(context.Random.Int(3, 21)).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            var post = new Post
            {
                Id = SeedContext.Invariant($"POST-{number:D5}"),
                InternalId = 591_000 + number,
                Title = title,
                Text = string.Format(CultureInfo.InvariantCulture, text, eventDate),
                AuthorId = author.Id,
                AuthorName = $"{author.FirstName} {author.LastName}",
                Attachments = Enumerable.Range(0, context.Random.Int(0, 2)).Select(_ => Attachment(title)).ToList(),
                PropertyId = property.Id,
                AllowComments = context.Chance(0.6),
                IsImportant = context.Chance(0.15),
                ShowOnInfoboard = context.Chance(0.5),
                PublishAt = context.Chance(0.85) ? createdAt : createdAt.AddDays(context.Random.Int(1, 14)),
                CreatedAt = createdAt,
            };
            data.Posts.Add(post, createdAt);
        }
    }

    private Attachment Attachment(string postTitle)
    {
        var id = ++nextAttachmentId;
        var isPhoto = context.Chance(0.3);
        var name = SeedContext.Invariant($"{(isPhoto ? "foto" : "aushang")}-{id}.{(isPhoto ? "jpg" : "pdf")}");
        return new Attachment
        {
            Id = id,
            Name = name,
            Title = isPhoto ? "Foto" : $"Aushang {postTitle}",
            Type = isPhoto ? "image/jpeg" : "application/pdf",
            Size = context.Random.Long(20_000, 2_500_000),
            Url = SeedContext.Invariant($"{SeedContext.FilesBaseUrl}/attachments/{id}/{name}"),
        };
    }
}
