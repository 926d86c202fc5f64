using System.Buffers;
using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Connectors.Host.Store;

/// <summary>
/// A stable 64-bit hash of a record's fields, to tell unchanged rows from changed ones without comparing columns:
/// XxHash3 of the fields' invariant text in UTF-8, each followed by a unit separator. Fields are encoded straight
/// into a pooled buffer (no strings, no boxing for the common types); the bytes, and so the stored hashes, are the
/// same as ever.
/// </summary>
internal sealed class ContentHash
{
    private const byte Separator = 0x1f;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(512);
    private int _length;

    /// <summary>
    /// The hash of two text fields, the same as <c>new ContentHash().Add(first).Add(second).Value</c>, without allocating
    /// (it keys every identity a backfill stores, see <see cref="IdentityKey"/>).
    /// </summary>
    public static long Of(string first, string second)
    {
        var most = Encoding.UTF8.GetMaxByteCount(first.Length + second.Length) + 2;
        var rented = most > 256 ? ArrayPool<byte>.Shared.Rent(most) : null;
        var buffer = rented ?? stackalloc byte[256];
        var length = Encoding.UTF8.GetBytes(first, buffer);
        buffer[length++] = Separator;
        length += Encoding.UTF8.GetBytes(second, buffer[length..]);
        buffer[length++] = Separator;
        var hash = unchecked((long)XxHash3.HashToUInt64(buffer[..length]));
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return hash;
    }

    public ContentHash Add(string? value)
    {
        if (value is null)
        {
            return AddNull();
        }

        Reserve(Encoding.UTF8.GetMaxByteCount(value.Length) + 1);
        _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
        return End();
    }

    public ContentHash Add(long? value) => value is { } v ? AddFormatted(v) : AddNull();

    public ContentHash Add(double? value) => value is { } v ? AddFormatted(v) : AddNull();

    // bool has no invariant format of its own: its text is "True"/"False".
    public ContentHash Add(bool? value) => value is { } v ? Add(v ? bool.TrueString : bool.FalseString) : AddNull();

    public ContentHash Add(DateTimeOffset? value) => value is { } v ? AddFormatted(v.ToUnixTimeMilliseconds()) : AddNull();

    public ContentHash Add(object? value) => value switch
    {
        null => AddNull(),
        string s => Add(s),
        long l => Add(l),
        int i => AddFormatted(i),
        double d => Add(d),
        bool b => Add(b),
        DateTimeOffset d => Add(d),
        IFormattable f => Add(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Add(value.ToString()),
    };

    public ContentHash AddAll(IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            Add(value);
        }

        return Add("\u001e");
    }

    /// <summary>The hash; the instance is spent once it is read.</summary>
    public long Value
    {
        get
        {
            var hash = unchecked((long)XxHash3.HashToUInt64(_buffer.AsSpan(0, _length)));
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _length = 0;
            return hash;
        }
    }

    private ContentHash AddFormatted<T>(T value)
        where T : IUtf8SpanFormattable
    {
        Reserve(64);
        if (!value.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"{value} does not fit a hash field");
        }

        _length += written;
        return End();
    }

    private ContentHash AddNull()
    {
        Reserve(2);
        _buffer[_length++] = 0;
        return End();
    }

    private ContentHash End()
    {
        Reserve(1);
        _buffer[_length++] = Separator;
        return this;
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + bytes));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = larger;
    }
}
