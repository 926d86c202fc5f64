using System.Buffers;

namespace Connectors.Sandbox.Shopify.Bulk;

/// <summary>A buffer writer that only counts what is written (to size a result without keeping it).</summary>
internal sealed class CountingBufferWriter : IBufferWriter<byte>
{
    private byte[] _buffer = new byte[4096];

    public long Written { get; private set; }

    public void Advance(int count) => Written += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Ensure(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => Ensure(sizeHint);

    private byte[] Ensure(int sizeHint)
    {
        if (sizeHint > _buffer.Length)
        {
            _buffer = new byte[Math.Max(sizeHint, _buffer.Length * 2)];
        }

        return _buffer;
    }
}
