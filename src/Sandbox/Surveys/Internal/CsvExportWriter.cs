using System.Globalization;
using System.Text;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>Writes one export in its tool's CSV dialect; fields are quoted only when they must be (RFC 4180).</summary>
internal static class CsvExportWriter
{
    public static string Write(string root, ExportRows export)
    {
        var layout = export.Layout;
        var folder = Path.Combine(root, layout.Folder.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, layout.FileName);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: layout.ByteOrderMark))
        {
            NewLine = layout.NewLine,
        };
        WriteRecord(writer, layout, layout.Columns.Select(c => c.Header));
        foreach (var row in export.Rows)
        {
            WriteRecord(writer, layout, layout.Columns.Select(c => Field(layout, row, c.Field)));
        }

        return path;
    }

    private static void WriteRecord(StreamWriter writer, ExportLayout layout, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(layout.Delimiter);
            }

            first = false;
            writer.Write(Quote(field ?? "", layout.Delimiter));
        }

        writer.WriteLine();
    }

    private static string? Field(ExportLayout layout, SurveyAnswer row, ExportField field) => field switch
    {
        ExportField.ResponseId => row.ResponseId,
        ExportField.SubmittedAt => layout.Times.Write(row.SubmittedAt),
        ExportField.StartedAt => layout.Times.Write(row.SubmittedAt.AddSeconds(-row.SecondsToSubmit)),
        ExportField.Score => row.Score?.ToString(CultureInfo.InvariantCulture),
        ExportField.Comment => row.Comment,
        ExportField.Name => row.Name,
        ExportField.Email => row.Email,
        ExportField.Phone => row.Phone,
        ExportField.OrderId => row.OrderId,
        ExportField.NetworkId => row.NetworkId,
        ExportField.DeliveryChannel => row.DeliveryChannel,
        ExportField.Subject => row.Subject,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "unknown export field"),
    };

    private static string Quote(string value, char delimiter)
    {
        if (value.IndexOfAny([delimiter, '"', '\r', '\n']) < 0)
        {
            return value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
