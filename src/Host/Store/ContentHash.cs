using System.IO.Hashing;
using System.Text;

namespace Connectors.Host.Store;

/// <summary>A stable 64-bit hash of a record's fields, to tell unchanged rows from changed ones without comparing columns.</summary>
internal sealed class ContentHash
{
    private readonly StringBuilder _text = new();

    public ContentHash Add(object? value)
    {
        // The unit separator cannot appear in ordinary text, so ("ab","c") and ("a","bc") hash differently.
        _text.Append(value switch
        {
            null => "\u0000",
            DateTimeOffset d => d.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString(),
        }).Append('\u001f');
        return this;
    }

    public ContentHash AddAll(IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            Add(value);
        }

        return Add("\u001e");
    }

    public long Value => unchecked((long)XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(_text.ToString())));
}
