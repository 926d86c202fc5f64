using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace Connectors.Plugins.Shopify.Bulk;

/// <summary>
/// Reads a JSONL stream line by line through a pipe, so a multi-gigabyte bulk result never sits in memory whole.
/// Lines are numbered from 1 (blank lines count but yield nothing) and the first <c>skip</c> lines are passed over,
/// which is how a restart resumes after the lines already committed.
/// </summary>
internal static class JsonlReader
{
    public delegate T LineParser<out T>(ReadOnlySpan<byte> line);

    public static async IAsyncEnumerable<(long Line, T Item)> ReadAsync<T>(
        Stream stream, long skip, LineParser<T> parse, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pipe = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        var parsed = new List<(long, T)>();
        long number = 0;
        try
        {
            while (true)
            {
                var result = await pipe.ReadAsync(cancellationToken);
                var buffer = result.Buffer;
                // Parse every whole line of this read synchronously (spans cannot cross a yield), then hand them out.
                while (TryTakeLine(ref buffer, out var line))
                {
                    number++;
                    AddLine(line, number, skip, parse, parsed);
                }

                if (result.IsCompleted && !buffer.IsEmpty)
                {
                    // The last line may lack its newline.
                    number++;
                    AddLine(buffer, number, skip, parse, parsed);
                    buffer = buffer.Slice(buffer.End);
                }

                pipe.AdvanceTo(buffer.Start, buffer.End);
                foreach (var item in parsed)
                {
                    yield return item;
                }

                parsed.Clear();
                if (result.IsCompleted)
                {
                    yield break;
                }
            }
        }
        finally
        {
            await pipe.CompleteAsync();
        }
    }

    private static void AddLine<T>(ReadOnlySequence<byte> line, long number, long skip, LineParser<T> parse, List<(long, T)> parsed)
    {
        if (number <= skip)
        {
            return;
        }

        var span = line.IsSingleSegment ? line.FirstSpan : line.ToArray();
        span = span.TrimEnd("\r"u8);
        if (!span.Trim(" \t"u8).IsEmpty)
        {
            parsed.Add((number, parse(span)));
        }
    }

    private static bool TryTakeLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        if (buffer.PositionOf((byte)'\n') is not { } end)
        {
            line = default;
            return false;
        }

        line = buffer.Slice(0, end);
        buffer = buffer.Slice(buffer.GetPosition(1, end));
        return true;
    }
}
