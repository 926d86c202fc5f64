using Connectors.Abstractions;
using Connectors.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Plugins.SurveysCsv.Tests;

/// <summary>A temporary content root with an <c>answers</c> folder of CSV exports, and a source reading it.</summary>
internal sealed class SurveyFolder : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("surveys-csv-");
    private readonly ServiceProvider _services = PluginServices.For<SurveysCsvPlugin>();

    public SurveyFolder() => Directory.CreateDirectory(AnswersPath);

    public string AnswersPath => Path.Combine(_root.FullName, "answers");

    public static SurveysCsvOptions NpsOptions() => new()
    {
        Directory = "answers",
        Scale = "nps-0-10",
        Columns = new SurveyColumnMap
        {
            Email = "Email",
            Phone = "phone",
            Name = "name",
            Score = "score",
            Comment = "comment",
            SubmittedAt = "submitted_at",
            OrderId = "order",
        },
    };

    /// <summary>A contact-form export: free text, no score column, no scale.</summary>
    public static SurveysCsvOptions ContactFormOptions() => new()
    {
        Directory = "answers",
        Kind = "message",
        DefaultCountry = "DE",
        Columns = new SurveyColumnMap
        {
            ResponseId = "Submission ID",
            Email = "E-Mail",
            Phone = "Telefon",
            Name = "Name",
            Comment = "Nachricht",
            SubmittedAt = "Eingegangen",
            OrderId = "Bestellnummer",
        },
    };

    public void Write(string fileName, string text) => File.WriteAllText(Path.Combine(AnswersPath, fileName), text);

    public void Append(string fileName, string text) => File.AppendAllText(Path.Combine(AnswersPath, fileName), text);

    public SurveysCsvSource Source(SurveysCsvOptions? options = null)
    {
        var context = new TestConnectorContext(options ?? NpsOptions(), _services) { ConnectorName = "surveys-test", ContentRoot = _root.FullName };
        return (SurveysCsvSource)new SurveysCsvPlugin().CreateConnector(context);
    }

    public static async Task<List<SourceBatch>> ReadAllAsync(SurveysCsvSource source, string? checkpoint = null)
    {
        var batches = new List<SourceBatch>();
        await foreach (var batch in source.ReadAsync(SurveysCsvSource.AnswersStream, checkpoint, CancellationToken.None))
        {
            batches.Add(batch);
        }

        return batches;
    }

    public void Dispose()
    {
        _services.Dispose();
        _root.Delete(recursive: true);
    }
}
