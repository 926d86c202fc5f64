using System.Globalization;
using System.Numerics;

namespace Connectors.Sandbox.Amazon.Data;

/// <summary>
/// Order ids as Amazon writes them (3-7-7 digits): the marketplace's prefix, then the ordinal scrambled by a bijection
/// of 14-digit numbers, so an id is read back to its ordinal in O(1) and no two orders share one.
/// </summary>
internal static class OrderIds
{
    private const ulong Modulus = 100_000_000_000_000UL;
    private const ulong Multiplier = 73_939_133_237_907UL; // odd and not a multiple of 5: invertible mod 10^14
    private const ulong Offset = 31_415_926_535_897UL;
    private static readonly ulong Inverse = (ulong)BigInteger.ModPow(Multiplier, Phi - 1, Modulus);

    // Euler's phi of 10^14 = 10^14 * (1/2) * (4/5).
    private static BigInteger Phi => new BigInteger(Modulus) * 2 / 5;

    public static string Format(Marketplace marketplace, long ordinal, ulong prefixDraw)
    {
        var prefix = marketplace.OrderPrefixes[(int)(prefixDraw % (ulong)marketplace.OrderPrefixes.Length)];
        var code = (ulong)((UInt128)(ulong)ordinal * Multiplier % Modulus + Offset) % Modulus;
        var digits = code.ToString("D14", CultureInfo.InvariantCulture);
        return $"{prefix}-{digits[..7]}-{digits[7..]}";
    }

    /// <summary>The ordinal an id stands for, or null when it is not shaped like one of ours.</summary>
    public static long? Parse(string id)
    {
        if (id.Length != 19 || id[3] != '-' || id[11] != '-'
            || !ulong.TryParse(string.Concat(id.AsSpan(4, 7), id.AsSpan(12, 7)), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return null;
        }

        var shifted = (code + Modulus - Offset) % Modulus;
        var ordinal = (ulong)((UInt128)shifted * Inverse % Modulus);
        return ordinal > long.MaxValue ? null : (long)ordinal;
    }
}
