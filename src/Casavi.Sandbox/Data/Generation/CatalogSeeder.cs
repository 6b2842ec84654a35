using Casavi.Contract.Content;
using Casavi.Contract.Integration;
using Casavi.Contract.Tickets;
using Casavi.Sandbox.Data.Vocabulary;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>The account's fixed catalogs: ticket and order types, document types, meters, hooks, assembly topics.</summary>
internal static class CatalogSeeder
{
    private static readonly DateTimeOffset SetUp = ReferenceClock.Today.AddYears(-2);

    public static void Seed(SandboxData data)
    {
        foreach (var (id, name) in TicketTexts.Groups)
            data.TicketTypeGroups.Add(new TicketTypeGroup { Id = id, Name = name }, SetUp);
        foreach (var type in TicketTexts.Types)
            data.TicketTypes.Add(new TicketType { Id = type.Id, Name = type.Name, GroupId = type.GroupId }, SetUp);
        foreach (var (id, name) in Catalogs.OrderTypes)
            data.OrderTypes.Add(new OrderType { Id = id, Name = name }, SetUp);
        foreach (var type in Catalogs.DocumentTypes)
            data.DocumentTypes.Add(new DocumentType { Id = type.Id, Name = type.Name }, SetUp);
        foreach (var (id, name, unit, notes) in Catalogs.ConsumptionResources)
            data.ConsumptionResources.Add(new ConsumptionResource { Id = id, Name = name, Unit = unit, Notes = notes }, SetUp);
        foreach (var (hook, index) in Catalogs.RestHooks.Select((h, i) => (h, i)))
        {
            var createdAt = SetUp.AddDays(30 * index);
            data.RestHooks.Add(new RestHook { Id = hook.Id, TargetUrl = hook.TargetUrl, Event = hook.Event, CreatedAt = createdAt }, createdAt);
        }
        foreach (var (topic, index) in Catalogs.AssemblyTopics.Select((t, i) => (t, i)))
        {
            var id = SeedContext.Invariant($"AT-{index + 1:D4}");
            data.AssemblyTopics.Add(new AssemblyTopic { Id = id, Title = topic.Title, Description = topic.Description, Status = topic.Status }, SetUp);
        }
    }
}
