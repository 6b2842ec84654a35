using System.Globalization;
using Casavi.Contract.Content;
using Casavi.Sandbox.Data.Vocabulary;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>Appointments of the four months around today, most for one property, some for several.</summary>
internal sealed class AppointmentSeeder(SeedContext context, Roster roster)
{
    private static readonly AppointmentRole[] AllRoles = [AppointmentRole.Renter, AppointmentRole.Owner, AppointmentRole.Resident];

    public void Seed(SandboxData data)
    {
        var authors = roster.StaffIn(Staffing.PropertyManagement);
        for (var number = 1; number <= context.Scaled(60); number++)
        {
            var (title, location) = context.Pick(ContentTexts.Appointments);
            var propertyIds = context.Random.Shuffle(roster.Properties).Take(context.Chance(0.85) ? 1 : context.Random.Int(2, 3))
                .Select(p => p.Property.Id).Order(StringComparer.Ordinal).ToList();
            var allDay = context.Chance(0.2);
            var day = SeedContext.Today.AddDays(context.Random.Int(-120, 120));
            var start = allDay ? day : day.AddHours(context.Random.Int(8, 17));
            List<AppointmentRole> roles = title == "Eigentümerversammlung"
                ? [AppointmentRole.Owner]
                : context.Chance(0.5) ? [.. AllRoles] : context.Random.Shuffle(AllRoles).Take(context.Random.Int(1, 2)).ToList();
            var appointment = new Appointment
            {
                Id = SeedContext.Invariant($"A-{number:D4}"),
                Title = title,
                Text = $"Bitte beachten Sie: {title} am {start.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}.",
                Location = location,
                AuthorId = context.Pick(authors).Id,
                AllDay = allDay,
                ShowOnInfoboard = context.Chance(0.5),
                PropertyIds = propertyIds,
                Roles = roles,
                NotifyRecipients = context.Chance(0.6),
                DateStart = start,
                DateEnd = allDay ? null : start.AddHours(context.Random.Int(1, 3)),
            };
            data.Appointments.Add(appointment, context.DaysAgo(0, 200));
        }
    }
}
