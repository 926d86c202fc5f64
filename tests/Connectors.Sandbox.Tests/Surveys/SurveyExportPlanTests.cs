using Connectors.Sandbox.Surveys;

namespace Connectors.Sandbox.Tests.Surveys;

public sealed class SurveyExportPlanTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("survey-plan-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void The_default_plan_is_valid_and_bad_shares_are_named()
    {
        Assert.Empty(new SurveyExportPlan().Validate());

        var errors = new SurveyExportPlan { CsatShare = 1.5, OrderOnlyShare = -0.1, HouseholdShare = double.NaN, ShopifyConnector = " " }.Validate();

        Assert.Equal(
        [
            "shopifyConnector must be a connector name such as \"shop\", was empty",
            "orderOnlyShare must be between 0 and 1, was -0.1",
            "csatShare must be between 0 and 1, was 1.5",
            "householdShare must be between 0 and 1, was NaN",
        ], errors);
    }

    [Fact]
    public void Write_refuses_bad_options_and_plans_with_every_problem()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            SurveyExports.Write(_root.FullName, new SandboxOptions { Customers = -1 }, new SurveyExportPlan { SmsShare = 2 }));

        Assert.Contains("customers must be between 0 and 10000000, was -1", error.Message, StringComparison.Ordinal);
        Assert.Contains("smsShare must be between 0 and 1, was 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_with_no_answers_writes_headers_only_and_a_truth_of_the_shop()
    {
        var none = new SurveyExportPlan
        {
            NpsPerOrderShare = 0, NpsGeneralShare = 0, CsatShare = 0, ContactShare = 0, CrossMarketShare = 0,
            SurveyOnlyShare = 0, HouseholdShare = 0, NamesakeShare = 0,
        };

        var result = SurveyExports.Write(_root.FullName, new SandboxOptions { Customers = 50 }, none);

        Assert.Equal(9, result.Files.Count);
        Assert.All(result.Files, f =>
        {
            Assert.Equal(0, f.Rows);
            Assert.Single(File.ReadAllText(f.Path).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        });
        Assert.Equal(50, result.Truth.Records.Count);
        Assert.Equal(0, result.Counts.TruePairs);
    }

    [Fact]
    public void Shares_size_the_exports_and_the_shopify_connector_name_is_the_plans()
    {
        var options = new SandboxOptions { Customers = 300 };
        var small = SurveyExports.Write(Path.Combine(_root.FullName, "small"), options, new SurveyExportPlan { NpsPerOrderShare = 0.2, CsatShare = 0.1 });
        var large = SurveyExports.Write(Path.Combine(_root.FullName, "large"), options, new SurveyExportPlan { NpsPerOrderShare = 0.9, CsatShare = 0.9, ShopifyConnector = "shop-eu" });

        Assert.True(large.Counts.Rows > small.Counts.Rows * 1.5, $"{large.Counts.Rows} rows is not much more than {small.Counts.Rows}");
        Assert.Equal("shop-eu", large.Truth.ShopifyConnector);
        Assert.Equal("shop-eu", large.Truth.Records[0].Connector);
        Assert.Contains("\"name\": \"shop-eu\"", File.ReadAllText(large.ConfigPath), StringComparison.Ordinal);
    }
}
