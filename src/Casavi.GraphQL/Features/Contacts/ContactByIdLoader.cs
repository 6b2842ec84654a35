using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.DataLoading;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Features.Contacts;

public sealed class ContactByIdLoader(IContactsApi contacts, ListScanner scanner, IOptions<BatchingOptions> options) : ReferenceLoader<Contact>(options)
{
    protected override string KeyOf(Contact value) => value.Id;

    protected override Task<Contact> GetByIdAsync(string key, CancellationToken cancellationToken) =>
        contacts.GetAsync(key, cancellationToken);

    protected override IAsyncEnumerable<Contact> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("contacts", token => contacts.ListAsync(cancellationToken: token), cancellationToken);
}
