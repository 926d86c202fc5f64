using System.Text.Json;
using Connectors.Sandbox.Surveys;
using Sylvan.Data.Csv;

namespace Connectors.Sandbox.Tests.Surveys;

public sealed class SurveyConnectorConfigTests(SurveyExportFixture exports) : IClassFixture<SurveyExportFixture>
{
    [Fact]
    public void There_is_one_connector_per_market_and_export_with_its_scale_kind_and_region()
    {
        var connectors = SurveyExports.Connectors;

        Assert.Equal(["nps-de", "csat-de", "contact-de", "nps-us", "csat-us", "contact-us", "nps-br", "csat-br", "contact-br"], connectors.Select(c => c.Name));
        Assert.All(connectors, c =>
        {
            Assert.Equal(c.Market.ToUpperInvariant(), c.DefaultCountry);
            Assert.Equal($"{c.Market}/{c.Name.Split('-')[0]}", c.Directory);
            var contact = c.Name.StartsWith("contact-", StringComparison.Ordinal);
            Assert.Equal(contact ? null : c.Name.StartsWith("nps", StringComparison.Ordinal) ? "nps-0-10" : "csat-1-5", c.Scale);
            Assert.Equal(contact ? "message" : "survey_answer", c.Kind);
            Assert.Equal(!contact, c.Columns.ContainsKey("score"));
            Assert.True(c.Columns.ContainsKey("comment") && c.Columns.ContainsKey("submittedAt") && c.Columns.ContainsKey("responseId"));
            Assert.Equal(!contact, c.Columns.ContainsKey("orderId"));
        });
        Assert.Equal([";", ",", ";"], connectors.Where(c => c.Kind == "message").Select(c => c.Delimiter));
    }

    [Fact]
    public void Every_mapped_header_is_in_its_export()
    {
        Assert.All(exports.Result.Connectors, c =>
        {
            using var csv = CsvDataReader.Create(Path.Combine(exports.Result.Directory, c.Directory, c.FileName),
                new CsvDataReaderOptions { Delimiter = c.Delimiter[0], Comment = '\0' });
            var headers = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToList();
            Assert.All(c.Columns.Values, header => Assert.Contains(header, headers));
        });
    }

    [Fact]
    public void The_written_configuration_has_the_shop_and_every_export_relative_to_itself()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(exports.Result.ConfigPath));
        var connectors = config.RootElement.GetProperty("connectors").EnumerateArray().ToList();

        Assert.Equal("Data Source=data/surveys.db", config.RootElement.GetProperty("store").GetProperty("connectionString").GetString());
        var shop = connectors[0];
        Assert.Equal(("shop", "shopify"), (shop.GetProperty("name").GetString(), shop.GetProperty("plugin").GetString()));
        Assert.Equal("${env:CONNECTORS_SANDBOX_URL}", shop.GetProperty("options").GetProperty("endpoint").GetString());
        Assert.Equal(SurveyExports.Connectors.Select(c => c.Name), connectors.Skip(1).Select(c => c.GetProperty("name").GetString()));
        Assert.All(connectors.Skip(1), c =>
        {
            var options = c.GetProperty("options");
            Assert.Equal("surveys-csv", c.GetProperty("plugin").GetString());
            Assert.True(File.Exists(Path.Combine(exports.Result.Directory, options.GetProperty("directory").GetString()!, options.GetProperty("filePattern").GetString()!)));
        });
        Assert.Contains("Wie wahrscheinlich ist es", File.ReadAllText(exports.Result.ConfigPath), StringComparison.Ordinal);
    }

    [Fact]
    public void A_connector_entry_can_point_at_the_exports_from_elsewhere()
    {
        var entry = SurveyExports.Connectors[2].ToConnectorJson("/data/exports/");

        Assert.Equal(
            """{"name":"contact-de","plugin":"surveys-csv","options":{"directory":"/data/exports/de/contact","filePattern":"kontaktformular-de.csv","delimiter":";","kind":"message","defaultCountry":"DE","columns":{"responseId":"Anfrage-Nr.","submittedAt":"Eingegangen","email":"E-Mail","phone":"Telefon","name":"Name","comment":"Nachricht"}}}""",
            entry.ToJsonString());
    }
}
