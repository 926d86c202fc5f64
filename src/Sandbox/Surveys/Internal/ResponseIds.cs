using System.Globalization;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>Response ids as each tool writes them, from the row's position in its time-ordered export.</summary>
internal static class ResponseIds
{
    private const string TokenAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static readonly ulong TokenStream = SandboxHash.Stream("surveys/typeform-token");

    /// <summary>Typeform: a 32-character token; Delighted: a number; the contact form: the market and a running number.</summary>
    public static string For(ExportLayout layout, string marketCode, int marketOrdinal, int position, int seed) => layout.Kind switch
    {
        ExportKind.Nps => Token(seed, (marketOrdinal * 10_000_000L) + position),
        ExportKind.Csat => (400_000_001L + (marketOrdinal * 10_000_000L) + position).ToString(CultureInfo.InvariantCulture),
        _ => $"{marketCode.ToUpperInvariant()}-{(100_001 + position).ToString(CultureInfo.InvariantCulture)}",
    };

    private static string Token(int seed, long index)
    {
        Span<char> token = stackalloc char[32];
        var hash = SandboxHash.Of(seed, TokenStream, index);
        for (var i = 0; i < token.Length; i++)
        {
            hash = SandboxHash.Mix(hash);
            token[i] = TokenAlphabet[(int)(hash % (ulong)TokenAlphabet.Length)];
        }

        return new string(token);
    }
}
