using Connectors.PluginSdk.Sources;
using System.Runtime.CompilerServices;
using Connectors.Abstractions;
using Sylvan.Data.Csv;

namespace Connectors.Plugins.SurveysCsv.Internal;

/// <summary>Streams the rows of one export that the checkpoint has not consumed yet, in batches.</summary>
internal sealed class SurveyFileReader(SurveysCsvOptions options, RatingScale? scale)
{
    public async IAsyncEnumerable<SourceBatch> ReadAsync(
        string path, SurveyCheckpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var (csv, openProblem) = await OpenAsync(path, cancellationToken);
        if (csv is null)
        {
            yield return FileProblem(fileName, openProblem!, checkpoint);
            yield break;
        }

        await using var _ = csv;
        var columns = ColumnOrdinals.Resolve(csv, options.Columns, out var missing);
        if (columns is null)
        {
            // The file's count stays as it was, so its rows are read once the mapping is fixed.
            yield return FileProblem(fileName, $"{missing}; fix options.columns to match the file's headers", checkpoint);
            yield break;
        }

        var mapper = new SurveyRowMapper(options, scale, columns, fileName);
        var batch = new SourceBatchBuilder(CustomerMerges.LatestWins);
        var alreadyRead = checkpoint.RowsRead(fileName);
        long rows = 0;
        long line = 2 + HeaderLineBreaks(csv);
        while (await csv.ReadAsync(cancellationToken))
        {
            rows++;
            var rowLine = line;
            // A quoted comment may span lines; count them so later rows keep their true line numbers.
            line += Math.Max(1, LineBreaks.Count(csv.GetRawRecordSpan()));
            if (rows <= alreadyRead)
            {
                continue;
            }

            var row = mapper.Map(csv, rowLine);
            batch.Add(row.Customer, row.Feedback, problem: row.Problem);
            checkpoint.SetRowsRead(fileName, rows);
            if (batch.Items >= options.BatchSize)
            {
                yield return batch.Build(checkpoint.Serialize());
            }
        }

        if (rows < alreadyRead)
        {
            batch.AddProblem(new SourceProblem(fileName,
                $"the file has {rows} data rows but {alreadyRead} were read before; if it was replaced by a shorter export, " +
                "give the new export another file name so it is read as a new file"));
        }

        if (!batch.IsEmpty)
        {
            yield return batch.Build(checkpoint.Serialize());
        }
    }

    private async Task<(CsvDataReader? Reader, string? Problem)> OpenAsync(string path, CancellationToken cancellationToken)
    {
        // Share writes: an exporter may still be appending; rows it has not finished are read next run.
        var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.ReadWrite | FileShare.Delete,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
        });
        var text = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        try
        {
            var reader = await CsvDataReader.CreateAsync(text, new CsvDataReaderOptions
            {
                Delimiter = options.Delimiter[0],
                HasHeaders = true,
                Comment = '\0', // answers may start with '#': no comment lines in survey exports
                OwnsReader = true,
            }, cancellationToken);
            return (reader, null);
        }
        catch (CsvMissingHeadersException)
        {
            text.Dispose();
            return (null, "the file is empty; an export needs a header row");
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    private static SourceBatch FileProblem(string fileName, string reason, SurveyCheckpoint checkpoint) => new()
    {
        Problems = [new SourceProblem($"{fileName}:1", reason)],
        Checkpoint = checkpoint.Serialize(),
    };

    /// <summary>A quoted header name may contain line breaks (long survey questions); the first row starts after them.</summary>
    private static long HeaderLineBreaks(CsvDataReader csv)
    {
        long breaks = 0;
        for (var i = 0; i < csv.FieldCount; i++)
        {
            breaks += LineBreaks.Count(csv.GetName(i));
        }

        return breaks;
    }
}
