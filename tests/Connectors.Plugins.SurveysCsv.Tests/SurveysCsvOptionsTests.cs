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
        Assert.Equal("survey_answer", options.Kind);
        Assert.Null(options.Scale);
        Assert.Null(options.Columns.Score);
    }

    [Fact]
    public void Missing_required_options_are_reported_by_member()
    {
        var errors = Validate(new SurveysCsvOptions { BatchSize = 0, Kind = "" });

        Assert.Contains(nameof(SurveysCsvOptions.Directory), errors.Keys);
        Assert.Contains(nameof(SurveysCsvOptions.BatchSize), errors.Keys);
        Assert.Contains(nameof(SurveysCsvOptions.Kind), errors.Keys);
    }

    [Fact]
    public void Rule_failures_name_their_member_and_say_what_is_allowed()
    {
        var options = SurveyFolder.NpsOptions();
        options.Scale = "nps-1-10";
        options.Delimiter = ";;";
        options.DefaultCountry = "de";
        options.FilePattern = "exports/*.csv";
        options.Language = "German";
        options.Columns = new SurveyColumnMap { Email = "email" };

        var errors = Validate(options);

        Assert.Equal(
            ["Columns.Score", "Columns.SubmittedAt", "DefaultCountry", "Delimiter", "FilePattern", "Language", "Scale"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("must be one of nps-0-10, csat-1-5, stars-1-5; was \"nps-1-10\"", errors["Scale"]);
        Assert.StartsWith("must be exactly one character", errors["Delimiter"], StringComparison.Ordinal);
        Assert.StartsWith("must be an ISO 3166-1 alpha-2 code", errors["DefaultCountry"], StringComparison.Ordinal);
        Assert.StartsWith("must be a language tag such as \"de\"", errors["Language"], StringComparison.Ordinal);
        Assert.StartsWith("is not set and neither is columns.comment", errors["Columns.Score"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_column_needs_its_scale()
    {
        var options = SurveyFolder.NpsOptions();
        options.Scale = null;

        var errors = Validate(options);

        Assert.Equal(
            "is required when columns.score is set: the score column's scale, one of nps-0-10, csat-1-5, stars-1-5",
            Assert.Single(errors, e => e.Key == "Scale").Value);
    }

    [Fact]
    public void An_export_without_a_score_column_needs_a_comment_column_and_no_scale()
    {
        var options = SurveyFolder.ContactFormOptions();
        Assert.Empty(Validate(options));

        options.Scale = "csat-1-5";
        Assert.StartsWith("is \"csat-1-5\" but columns.score is not set", Validate(options)["Scale"], StringComparison.Ordinal);

        options.Scale = null;
        options.Columns.Comment = " ";
        var errors = Validate(options);
        Assert.Equal(["Columns.Score"], errors.Keys);
        Assert.Contains("map score (with scale) for rated answers, comment for free text", errors["Columns.Score"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("survey_answer")]
    [InlineData("message")]
    [InlineData("contact_form")]
    [InlineData("review2")]
    public void Kind_accepts_lower_snake_case(string kind)
    {
        var options = SurveyFolder.NpsOptions();
        options.Kind = kind;

        Assert.Empty(Validate(options));
    }

    [Theory]
    [InlineData("Message")]
    [InlineData("contact form")]
    [InlineData("contact-form")]
    [InlineData("_message")]
    [InlineData("message_")]
    [InlineData("contact__form")]
    [InlineData("2nd_survey")]
    public void Kind_rejects_other_shapes_and_names_the_well_known_kinds(string kind)
    {
        var options = SurveyFolder.NpsOptions();
        options.Kind = kind;

        Assert.Equal(
            "must be a feedback kind in lower_snake_case, such as one of the well-known survey_answer, message, review, " +
            $"seller_feedback, return_reason, order_note; was \"{kind}\"",
            Assert.Single(Validate(options)).Value);
    }
}
