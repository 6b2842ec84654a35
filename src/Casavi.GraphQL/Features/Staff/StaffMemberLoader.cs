using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Features.Staff;

/// <summary>Staff members by reference ID; casavi lists staff but serves no member by id.</summary>
public sealed class StaffMemberLoader(IStaffApi staff, ListScanner scanner) : ListIndexLoader<StaffMember>
{
    protected override string KeyOf(StaffMember value) => value.Id;

    protected override IAsyncEnumerable<StaffMember> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("staff", staff.ListAsync, cancellationToken);
}
