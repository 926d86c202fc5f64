using System.Text.Json;
using Connectors.Sandbox;
using Connectors.Sandbox.Surveys;
using Connectors.TestKit.Conformance;

namespace Connectors.Plugins.SurveysCsv.Tests;

/// <summary>The test kit's source checks against the sandbox's NPS survey export, read with the connector it suggests.</summary>
public sealed class SurveysCsvConformanceTests : SourceConformanceTests<SurveysCsvPlugin>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("surveys-csv-conformance-");
    private SurveyConnectorConfig _export = null!;

    protected override string ContentRoot => _root.FullName;

    protected override Task<Uri?> StartServerAsync()
    {
        // No server: the "test server" of a file source is a folder of exports, written fresh for each check.
        var exports = SurveyExports.Write(_root.FullName, new SandboxOptions { Customers = 60 });
        _export = exports.Connectors.First(c => c.Scale is not null);
        return Task.FromResult<Uri?>(null);
    }

    protected override Task StopServerAsync()
    {
        _root.Delete(recursive: true);
        return Task.CompletedTask;
    }

    protected override object GoodOptions() => _export.ToConnectorJson()["options"].Deserialize<SurveysCsvOptions>(Web)!;

    protected override object InvalidOptions() => new SurveysCsvOptions { Directory = "", Delimiter = ";;", Scale = "nps-0-10" };

    protected override IReadOnlyCollection<string> InvalidMembers => ["directory", "delimiter", "columns.score"];

    protected override object RefusedOptions()
    {
        var options = (SurveysCsvOptions)GoodOptions();
        options.Directory = "no-such-folder";
        return options;
    }
}
