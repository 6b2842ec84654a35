using System.Globalization;

namespace Casavi.Sandbox.Writes;

/// <summary>
/// IDs for entities created while the sandbox runs. Seeded, so the same sequence of writes gets the
/// same IDs on every start.
/// </summary>
internal sealed class RuntimeIds(SandboxOptions options)
{
    private readonly Lock gate = new();
    private readonly Random random = new(options.Seed);
    private int jobs;

    /// <summary>A version-4 UUID, as casavi generates for posts and appointments sent without an id.</summary>
    public string NewUuid()
    {
        var bytes = new byte[16];
        lock (gate) random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }

    /// <summary>24 lower-case hex digits, like casavi's job ids ("58eca7a398af3a14a3af2efe").</summary>
    public string NextJobId() =>
        string.Create(CultureInfo.InvariantCulture, $"{(uint)options.Seed:x8}{Interlocked.Increment(ref jobs):x16}");
}
