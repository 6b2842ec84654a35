using System.Globalization;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Paging;

/// <summary>Cursors carry casavi's page links as they are, so connections page alike whether casavi counts pages from 0 or from 1.</summary>
public sealed class PageNumberingConnectionTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Paging_with_after_reads_every_contact_once_in_order(int firstPageNumber)
    {
        var gateway = new GatewayFixture(new Dictionary<string, string?> { ["Sandbox:FirstPageNumber"] = firstPageNumber.ToString(CultureInfo.InvariantCulture) });
        try
        {
            await gateway.InitializeAsync();
            var all = new List<string>();
            string? after = null;
            var hasNext = true;
            while (hasNext)
            {
                var page = await PageOfIds.ReadAsync(gateway, "contacts", 60, after);
                all.AddRange(page.Ids);
                (hasNext, after) = (page.HasNextPage, page.EndCursor);
            }

            Assert.Equal(gateway.Sandbox.Data.Contacts.All().Select(contact => contact.Id), all);
        }
        finally
        {
            await gateway.DisposeAsync();
        }
    }
}
