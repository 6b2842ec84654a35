using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.Contacts;

public sealed class ContactNodeSource() : LoaderNodeSource<ContactGraphType, ContactByIdLoader, Contact>("Contact");
