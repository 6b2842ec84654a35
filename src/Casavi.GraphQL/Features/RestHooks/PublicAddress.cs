using System.Net;
using System.Net.Sockets;

namespace Casavi.GraphQL.Features.RestHooks;

/// <summary>
/// Whether an address is on the public internet: not loopback, private, link-local (with the cloud
/// metadata service at 169.254.169.254), shared (CGNAT), unspecified, multicast or reserved, also
/// when written as IPv4-mapped IPv6. A hook receiver elsewhere would let callers reach the gateway's network through casavi.
/// </summary>
internal static class PublicAddress
{
    public static bool Is(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicIPv4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicIPv6(address),
            _ => false,
        };
    }

    private static bool IsPublicIPv4(byte[] b) =>
        !(b[0] is 0 or 10 or 127 or >= 224 // this network, private, loopback, multicast and reserved
          || (b[0] == 100 && b[1] is >= 64 and <= 127) // shared address space (CGNAT)
          || (b[0] == 169 && b[1] == 254) // link-local, cloud metadata
          || (b[0] == 172 && b[1] is >= 16 and <= 31)
          || (b[0] == 192 && b[1] == 168));

    private static bool IsPublicIPv6(IPAddress address) =>
        !(address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)
          || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
}
