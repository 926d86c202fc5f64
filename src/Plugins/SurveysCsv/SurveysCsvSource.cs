using System.Runtime.CompilerServices;
using Connectors.Abstractions;
using Connectors.Plugins.SurveysCsv.Internal;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.SurveysCsv;

/// <summary>
/// Reads the <c>answers</c> stream: every row of the CSV exports in a folder, once. The checkpoint counts
/// the rows consumed per file, so an export that grows is read from where it stopped and new files whole.
/// </summary>
public sealed class SurveysCsvSource : ISourceConnector
{
    /// <summary>The one stream this source reads.</summary>
    public const string AnswersStream = "answers";

    private readonly IConnectorContext _context;
    private readonly SurveysCsvOptions _options;
    private readonly RatingScale? _scale;
    private readonly string _directory;

    /// <summary>Creates the source for one connector instance.</summary>
    /// <exception cref="InvalidOperationException">
    /// The options are not <see cref="SurveysCsvOptions"/>, or a score column is mapped with an unknown scale.
    /// </exception>
    public SurveysCsvSource(IConnectorContext context)
    {
        _context = context;
        _options = context.GetOptions<SurveysCsvOptions>();

        // Without a score column there is nothing to put on a scale: answers carry text only.
        _scale = string.IsNullOrWhiteSpace(_options.Columns.Score) ? null
            : SurveyScales.TryParse(_options.Scale, out var scale) ? scale
            : throw new InvalidOperationException(
                $"Connector '{context.ConnectorName}': scale '{_options.Scale}' is not one of {string.Join(", ", SurveyScales.Names)}.");
        _directory = context.ResolvePath(_options.Directory);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Streams { get; } = [AnswersStream];

    /// <inheritdoc />
    public Task<CheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!Directory.Exists(_directory))
        {
            return Task.FromResult(CheckResult.Failure(
                $"The folder {_directory} does not exist; create it or fix the directory option " +
                $"(relative paths start at {_context.ContentRoot})."));
        }

        var count = Directory.EnumerateFiles(_directory, _options.FilePattern, SearchOption.TopDirectoryOnly).Count();
        return Task.FromResult(CheckResult.Success($"{count} files matching {_options.FilePattern} in {_directory}"));
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The stream is not <c>answers</c>.</exception>
    /// <exception cref="InvalidOperationException">The checkpoint is not one this source wrote.</exception>
    public IAsyncEnumerable<SourceBatch> ReadAsync(string stream, string? checkpoint, CancellationToken cancellationToken)
    {
        // Checked before enumeration starts, so a wrong call fails where it is made.
        if (stream != AnswersStream)
        {
            throw new ArgumentException($"surveys-csv has only the '{AnswersStream}' stream, not '{stream}'.", nameof(stream));
        }

        return ReadFilesAsync(SurveyCheckpoint.Parse(checkpoint), cancellationToken);
    }

    private async IAsyncEnumerable<SourceBatch> ReadFilesAsync(
        SurveyCheckpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_directory))
        {
            throw new DirectoryNotFoundException(
                $"The folder {_directory} does not exist; create it or fix the directory option.");
        }

        var files = Directory.EnumerateFiles(_directory, _options.FilePattern, SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .ToList();
        var reader = new SurveyFileReader(_options, _scale);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var answers = 0;
            await foreach (var batch in reader.ReadAsync(file, checkpoint, cancellationToken))
            {
                answers += batch.Feedback.Count;
                yield return batch;
            }

            if (answers > 0)
            {
                _context.Logger.LogInformation("Read {Answers} new answers from {File}", answers, Path.GetFileName(file));
            }
        }
    }
}
