using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.Staff;

public sealed class StaffMemberNodeSource() : LoaderNodeSource<StaffMemberGraphType, StaffMemberLoader, StaffMember>("StaffMember");
