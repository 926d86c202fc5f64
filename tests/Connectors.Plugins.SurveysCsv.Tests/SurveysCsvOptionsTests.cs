using System.ComponentModel.DataAnnotations;

namespace Connectors.Plugins.SurveysCsv.Tests;

public sealed class SurveysCsvOptionsTests
{
    private static Dictionary<string, string> Validate(SurveysCsvOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results
            .SelectMany(r => r.MemberNames.Select(m => (Member: m, Message: r.ErrorMessage ?? "")))
            .ToDictionary(r => r.Member, r => r.Message);
    }

    [Fact]
    public void Valid_options_pass()
    {
        var options = SurveyFolder.NpsOptions();
        options.DefaultCountry = "GB";
        options.Delimiter = "\t";

        Assert.Empty(Validate(options));
    }

    [Fact]
    public void Defaults_are_set()
    {
        var options = new SurveysCsvOptions();

        Assert.Equal("*.csv", options.FilePattern);
        Assert.Equal(",", options.Delimiter);
        Assert.Equal("survey", options.Channel);
        Assert.Equal(500, options.BatchSize);
    }

    [Fact]
    public void Missing_required_options_are_reported_by_member()
    {
        var errors = Validate(new SurveysCsvOptions { BatchSize = 0 });

        Assert.Contains(nameof(SurveysCsvOptions.Directory), errors.Keys);
        Assert.Contains(nameof(SurveysCsvOptions.Scale), errors.Keys);
        Assert.Contains(nameof(SurveysCsvOptions.BatchSize), errors.Keys);
    }

    [Fact]
    public void Rule_failures_name_their_member_and_say_what_is_allowed()
    {
        var options = SurveyFolder.NpsOptions();
        options.Scale = "nps-1-10";
        options.Delimiter = ";;";
        options.DefaultCountry = "de";
        options.FilePattern = "exports/*.csv";
        options.Columns = new SurveyColumnMap { Email = "email" };

        var errors = Validate(options);

        Assert.Equal(
            ["Columns.Score", "Columns.SubmittedAt", "DefaultCountry", "Delimiter", "FilePattern", "Scale"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("must be one of nps-0-10, csat-1-5, stars-1-5; was \"nps-1-10\"", errors["Scale"]);
        Assert.StartsWith("must be exactly one character", errors["Delimiter"], StringComparison.Ordinal);
        Assert.StartsWith("must be an ISO 3166-1 alpha-2 code", errors["DefaultCountry"], StringComparison.Ordinal);
        Assert.Contains("Score", errors["Columns.Score"], StringComparison.Ordinal);
    }
}
