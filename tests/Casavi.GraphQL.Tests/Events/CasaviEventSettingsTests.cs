using Casavi.GraphQL.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Casavi.GraphQL.Tests.Events;

/// <summary>Gateway:Events:Names is checked at start: every event needs a name of its own.</summary>
public sealed class CasaviEventSettingsTests
{
    private const string NamesExpected = "Gateway:Events:Names must give each event (TicketCreated, TicketUpdated, PostCreated) a name of its own.";

    [Theory]
    [InlineData("ticket.created", "ticket.created", "post.created")]
    [InlineData("Ticket.Created", "ticket.updated", "Ticket.Created")]
    [InlineData("", "ticket.updated", "post.created")]
    [InlineData("ticket.created", " ", "post.created")]
    public void Duplicate_or_blank_event_names_are_refused(string ticketCreated, string ticketUpdated, string postCreated)
    {
        var result = Validate(new CasaviEventNames { TicketCreated = ticketCreated, TicketUpdated = ticketUpdated, PostCreated = postCreated });

        Assert.Equal([NamesExpected], result.Failures);
    }

    [Fact]
    public void Names_of_their_own_pass_and_map_to_the_contracts()
    {
        var names = new CasaviEventNames { TicketCreated = "Ticket.Created", TicketUpdated = "Ticket.Updated", PostCreated = "Post.Created" };

        Assert.True(Validate(names).Succeeded);
        Assert.Equal(Casavi.Contract.Integration.RestHookEvents.TicketCreated, names.ToContract()["Ticket.Created"]);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(CasaviEventNames names) =>
        new CasaviEventSettingsValidator(new HostingEnvironment { EnvironmentName = Environments.Production }).Validate(null, new CasaviEventSettings { Names = names });
}
