using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Sandbox;
using Connectors.Sandbox.Surveys;
using Connectors.TestKit;

namespace Connectors.Plugins.SurveysCsv.Tests;

/// <summary>The sandbox's survey exports, read with the connectors it suggests: every row an answer, none a problem.</summary>
public sealed class SandboxExportTests : IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("surveys-csv-sandbox-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task Every_export_is_read_without_problems_with_the_suggested_connector()
    {
        var exports = SurveyExports.Write(_root.FullName, new SandboxOptions { Customers = 400 });

        foreach (var connector in exports.Connectors)
        {
            var options = connector.ToConnectorJson()["options"].Deserialize<SurveysCsvOptions>(Web)!;
            var errors = new List<ValidationResult>();
            Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true), connector.Name);
            Assert.Empty(options.Validate(new ValidationContext(options)));

            using var services = PluginServices.For<SurveysCsvPlugin>();
            var context = new TestConnectorContext(options, services) { ContentRoot = _root.FullName };
            var batches = await SurveyFolder.ReadAllAsync((SurveysCsvSource)new SurveysCsvPlugin().CreateConnector(context));
            var feedback = batches.SelectMany(b => b.Feedback).ToList();

            Assert.Empty(batches.SelectMany(b => b.Problems));
            Assert.Equal(exports.Files.Single(f => f.Connector == connector.Name).Rows, feedback.Count);
            Assert.All(feedback, f =>
            {
                var truth = exports.Truth.Find(connector.Name, f.SourceId);
                Assert.NotNull(truth);
                Assert.Equal(connector.Kind, f.Kind);
                Assert.Equal(connector.Scale is null, f.Rating is null);
                if (truth.Has(SurveyTraits.OrderOnly))
                {
                    Assert.NotNull(f.OrderId);
                    Assert.Null(f.CustomerSourceId);
                }
            });
            Assert.Contains(feedback, f => f.Body is not null);

            // The respondent key (lower-cased email, else phone digits) never stands for two people in these exports.
            Assert.All(feedback.Where(f => f.CustomerSourceId is not null).GroupBy(f => f.CustomerSourceId), respondent =>
                Assert.Single(respondent.Select(f => exports.Truth.PersonOf(connector.Name, f.SourceId)).Distinct()));
        }
    }
}
