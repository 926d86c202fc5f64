using System.Net.Http.Headers;
using System.Text;

namespace Connectors.Plugins.Amazon.Reports;

/// <summary>
/// A report document's text encoding: the charset of the download's Content-Type (as Amazon documents say to decode),
/// else the marketplace's usual one. ISO-8859-1 is built into .NET as Latin-1.
/// </summary>
internal static class DocumentEncoding
{
    public static Encoding Of(MediaTypeHeaderValue? contentType, string fallbackCharset)
    {
        var charset = contentType?.CharSet?.Trim('"', ' ');
        return From(charset) ?? From(fallbackCharset) ?? Encoding.UTF8;
    }

    private static Encoding? From(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        if (charset.Equals("ISO-8859-1", StringComparison.OrdinalIgnoreCase) || charset.Equals("latin1", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.Latin1;
        }

        try
        {
            // UTF-8 without a byte-order mark of its own; a BOM in the file is still detected by the reader.
            return charset.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) ? new UTF8Encoding(false) : Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
