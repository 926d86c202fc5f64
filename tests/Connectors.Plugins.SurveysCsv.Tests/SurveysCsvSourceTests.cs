using Connectors.Abstractions;

namespace Connectors.Plugins.SurveysCsv.Tests;

public sealed class SurveysCsvSourceTests : IDisposable
{
    private const string Header = "Email,phone,name,score,comment,submitted_at,order\n";
    private readonly SurveyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("nps-0-10", "0", 0.0, RatingScale.Nps0To10)]
    [InlineData("nps-0-10", "7", 0.7, RatingScale.Nps0To10)]
    [InlineData("nps-0-10", "10", 1.0, RatingScale.Nps0To10)]
    [InlineData("csat-1-5", "1", 0.0, RatingScale.Csat1To5)]
    [InlineData("csat-1-5", "4", 0.75, RatingScale.Csat1To5)]
    [InlineData("stars-1-5", "3", 0.5, RatingScale.Stars1To5)]
    [InlineData("stars-1-5", "4.5", 0.875, RatingScale.Stars1To5)]
    public async Task Scores_are_normalised_to_the_scale(string scale, string score, double expected, RatingScale expectedScale)
    {
        _folder.Write("a.csv", Header + $"ann@example.com,,Ann,{score},ok,2024-05-01T10:00:00Z,\n");
        var options = SurveyFolder.NpsOptions();
        options.Scale = scale;

        var feedback = Assert.Single((await SurveyFolder.ReadAllAsync(_folder.Source(options))).SelectMany(b => b.Feedback));

        var rating = Assert.NotNull(feedback.Rating);
        Assert.Equal(expected, rating.Value, precision: 6);
        Assert.Equal(double.Parse(score, System.Globalization.CultureInfo.InvariantCulture), rating.Raw);
        Assert.Equal(expectedScale, rating.Scale);
    }

    [Fact]
    public async Task A_row_becomes_a_survey_answer_and_its_respondent()
    {
        _folder.Write("a.csv", Header + " Ann@Example.com ,+49 151 1234567,Ann Lee,9,Fast delivery,2024-05-01 10:15:00,1001\n");

        var batch = Assert.Single(await SurveyFolder.ReadAllAsync(_folder.Source()));

        var feedback = Assert.Single(batch.Feedback);
        Assert.Equal("a.csv:2", feedback.SourceId);
        Assert.Equal(Channels.Survey, feedback.Channel);
        Assert.Equal(FeedbackKinds.SurveyAnswer, feedback.Kind);
        Assert.Equal("ann@example.com", feedback.CustomerSourceId);
        Assert.Equal("1001", feedback.OrderId);
        Assert.Equal("Fast delivery", feedback.Body);
        Assert.Null(feedback.Title);
        Assert.Null(feedback.UpdatedAt);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 15, 0, TimeSpan.Zero), feedback.OccurredAt);
        var customer = Assert.Single(batch.Customers);
        Assert.Equal("ann@example.com", customer.SourceId);
        Assert.Equal("Ann@Example.com", customer.Email);
        Assert.Equal("+49 151 1234567", customer.Phone);
        Assert.Equal("Ann Lee", customer.Name);
        Assert.Equal(feedback.OccurredAt, customer.SeenAt);
        Assert.Equal(["1001"], customer.OrderIds);
    }

    [Fact]
    public async Task The_language_column_states_each_answers_language_and_the_option_fills_blank_cells()
    {
        _folder.Write("a.csv", "Email,score,comment,submitted_at,lang\n" +
            "a@example.com,9,Sehr gut,2024-05-01,de-DE\n" +
            "b@example.com,3,Trop lent,2024-05-02, \n");
        var options = SurveyFolder.NpsOptions();
        options.Columns = new SurveyColumnMap { Email = "Email", Score = "score", Comment = "comment", SubmittedAt = "submitted_at", Language = "LANG" };
        options.Language = "fr";

        var feedback = (await SurveyFolder.ReadAllAsync(_folder.Source(options))).SelectMany(b => b.Feedback).ToList();

        Assert.Equal(["de-DE", "fr"], feedback.Select(f => f.Language));
    }

    [Fact]
    public async Task Respondents_are_keyed_by_phone_without_email_and_absent_without_either()
    {
        _folder.Write("a.csv", Header +
            ",+49 (151) 123-45.67,Bo,8,,2024-05-01,\n" +
            ",,,5,anonymous,2024-05-02,\n");
        var options = SurveyFolder.NpsOptions();
        options.DefaultCountry = "DE";

        var batch = Assert.Single(await SurveyFolder.ReadAllAsync(_folder.Source(options)));

        var customer = Assert.Single(batch.Customers);
        Assert.Equal("+4915112345" + "67", customer.SourceId);
        Assert.Equal("DE", customer.Country);
        Assert.Equal([customer.SourceId, null], batch.Feedback.Select(f => f.CustomerSourceId));
        Assert.Null(batch.Feedback[0].Body);
    }

    [Fact]
    public async Task An_answer_with_only_an_order_id_has_the_order_and_no_customer()
    {
        _folder.Write("a.csv", Header + ",,,6,Slow shipping,2024-05-01,5000000000003\n");

        var batch = Assert.Single(await SurveyFolder.ReadAllAsync(_folder.Source()));

        var feedback = Assert.Single(batch.Feedback);
        Assert.Equal("5000000000003", feedback.OrderId);
        Assert.Null(feedback.CustomerSourceId);
        Assert.Empty(batch.Customers);
        Assert.Empty(batch.Problems);
    }

    [Fact]
    public async Task A_free_text_export_without_a_score_column_gives_answers_of_its_kind_without_a_rating()
    {
        _folder.Write("kontakt.csv",
            "Submission ID;Eingegangen;Name;E-Mail;Telefon;Bestellnummer;Nachricht\n" +
            "cf-1;2024-05-01 10:15;Anna Müller; Anna.Mueller@Example.com ;0151 23456789;;\"Wo bleibt meine Bestellung?\"\n" +
            "cf-2;2024-05-02 11:00;;;;5000000000007;Die Naht ist gerissen.\n");
        var options = SurveyFolder.ContactFormOptions();
        options.Delimiter = ";";

        var batch = Assert.Single(await SurveyFolder.ReadAllAsync(_folder.Source(options)));

        Assert.Empty(batch.Problems);
        Assert.Equal(["cf-1", "cf-2"], batch.Feedback.Select(f => f.SourceId));
        Assert.All(batch.Feedback, f => Assert.Null(f.Rating));
        Assert.All(batch.Feedback, f => Assert.Equal(FeedbackKinds.Message, f.Kind));
        Assert.Equal(["Wo bleibt meine Bestellung?", "Die Naht ist gerissen."], batch.Feedback.Select(f => f.Body));
        Assert.Equal(["anna.mueller@example.com", null], batch.Feedback.Select(f => f.CustomerSourceId));
        Assert.Equal([null, "5000000000007"], batch.Feedback.Select(f => f.OrderId));
        var customer = Assert.Single(batch.Customers);
        Assert.Equal("0151 23456789", customer.Phone);
        Assert.Equal("DE", customer.Country);
    }

    [Fact]
    public async Task A_free_text_row_with_an_empty_comment_is_reported_with_its_line()
    {
        _folder.Write("kontakt.csv",
            "Submission ID,Eingegangen,Name,E-Mail,Telefon,Bestellnummer,Nachricht\n" +
            "cf-1,2024-05-01,Bo,bo@example.com,,,  \n" +
            "cf-2,2024-05-02,Cy,cy@example.com,,,Hallo\n");

        var batch = Assert.Single(await SurveyFolder.ReadAllAsync(_folder.Source(SurveyFolder.ContactFormOptions())));

        Assert.Equal(["cf-2"], batch.Feedback.Select(f => f.SourceId));
        var problem = Assert.Single(batch.Problems);
        Assert.Equal("kontakt.csv:2", problem.Location);
        Assert.Equal(
            "comment is empty and the export has no score column, so the row holds no answer; fill in the comment or remove the row",
            problem.Reason);
    }

    [Fact]
    public async Task The_kind_option_is_put_on_rated_answers_too()
    {
        _folder.Write("a.csv", Header + "ann@example.com,,Ann,9,,2024-05-01,\n");
        var options = SurveyFolder.NpsOptions();
        options.Kind = "post_purchase_survey";

        var feedback = Assert.Single((await SurveyFolder.ReadAllAsync(_folder.Source(options))).SelectMany(b => b.Feedback));

        Assert.Equal("post_purchase_survey", feedback.Kind);
        Assert.NotNull(feedback.Rating);
    }

    [Fact]
    public async Task A_respondent_is_sent_once_per_batch_with_the_latest_details()
    {
        _folder.Write("a.csv", Header +
            "ann@example.com,,Ann,9,,2024-05-03,1002\n" +
            "ANN@example.com,,Ann Old,3,,2024-05-01,1001\n");

        var batch = Assert.Single(await SurveyFolder.ReadAllAsync(_folder.Source()));

        Assert.Equal(2, batch.Feedback.Count);
        var customer = Assert.Single(batch.Customers);
        Assert.Equal("Ann", customer.Name);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 0, 0, 0, TimeSpan.Zero), customer.SeenAt);
        Assert.Equal(["1001", "1002"], customer.OrderIds.Order());
    }

    [Fact]
    public async Task The_response_id_column_keys_answers_when_present_else_file_and_line()
    {
        _folder.Write("typeform.csv",
            "Response ID,score,submitted_at\n" +
            "r-1,9,2024-05-01T10:00:00+02:00\n" +
            ",7,2024-05-01T11:00:00\n");
        var options = SurveyFolder.NpsOptions();
        options.Columns = new SurveyColumnMap { ResponseId = "response id", Score = "SCORE", SubmittedAt = " submitted_at " };

        var feedback = (await SurveyFolder.ReadAllAsync(_folder.Source(options))).SelectMany(b => b.Feedback).ToList();

        Assert.Equal(["r-1", "typeform.csv:3"], feedback.Select(f => f.SourceId));
        Assert.Equal(TimeSpan.FromHours(2), feedback[0].OccurredAt.Offset);
        Assert.Equal(TimeSpan.Zero, feedback[1].OccurredAt.Offset);
    }

    [Fact]
    public async Task A_quoted_comment_with_the_delimiter_and_a_line_break_is_one_field_and_lines_stay_true()
    {
        _folder.Write("a.csv", Header +
            "ann@example.com,,Ann,9,\"Great, fast\nand cheap\",2024-05-01,\n" +
            "bo@example.com,,Bo,4,,2024-05-02,\n" +
            "cy@example.com,,Cy,x,,2024-05-03,\n");

        var batch = Assert.Single(await SurveyFolder.ReadAllAsync(_folder.Source()));

        Assert.Equal("Great, fast\nand cheap", batch.Feedback[0].Body);
        Assert.Equal(["a.csv:2", "a.csv:4"], batch.Feedback.Select(f => f.SourceId));
        Assert.Equal("a.csv:5", Assert.Single(batch.Problems).Location);
    }

    [Fact]
    public async Task Semicolon_delimited_exports_are_read_with_the_delimiter_option()
    {
        _folder.Write("a.csv", "score;submitted_at;comment\n8;2024-05-01;\"ok, fine; really\"\n");
        var options = SurveyFolder.NpsOptions();
        options.Delimiter = ";";
        options.Columns = new SurveyColumnMap { Score = "score", SubmittedAt = "submitted_at", Comment = "comment" };

        var feedback = Assert.Single((await SurveyFolder.ReadAllAsync(_folder.Source(options))).SelectMany(b => b.Feedback));

        Assert.Equal("ok, fine; really", feedback.Body);
    }

    [Fact]
    public async Task Malformed_rows_are_reported_with_file_and_line_and_good_rows_are_still_read()
    {
        _folder.Write("a.csv", Header +
            "a@example.com,,A,9,,2024-05-01,\n" +
            "b@example.com,,B,abc,,2024-05-01,\n" +
            "c@example.com,,C,11,,2024-05-01,\n" +
            "d@example.com,,D,,,2024-05-01,\n" +
            "e@example.com,,E,5,,01/02/2024,\n" +
            "f@example.com,,F,5,,,\n" +
            "g@example.com,,G,5\n" +
            "\n" +
            "h@example.com,,H,6,,2024-05-01,\n");

        var batch = Assert.Single(await SurveyFolder.ReadAllAsync(_folder.Source()));

        Assert.Equal(["a.csv:2", "a.csv:10"], batch.Feedback.Select(f => f.SourceId));
        Assert.Equal(["a@example.com", "h@example.com"], batch.Customers.Select(c => c.SourceId).Order());
        var problems = batch.Problems.ToDictionary(p => p.Location, p => p.Reason);
        Assert.Equal(["a.csv:3", "a.csv:4", "a.csv:5", "a.csv:6", "a.csv:7", "a.csv:8"], problems.Keys);
        Assert.Equal("score 'abc' is not a number on the nps-0-10 scale (0..10); use digits with '.' for decimals", problems["a.csv:3"]);
        Assert.StartsWith("score '11' is outside the nps-0-10 scale (0..10)", problems["a.csv:4"], StringComparison.Ordinal);
        Assert.StartsWith("score is empty", problems["a.csv:5"], StringComparison.Ordinal);
        Assert.StartsWith("submitted-at '01/02/2024' is not a date; use ISO 8601", problems["a.csv:6"], StringComparison.Ordinal);
        Assert.StartsWith("submitted-at is empty", problems["a.csv:7"], StringComparison.Ordinal);
        Assert.StartsWith("the row has 4 fields but the header has 7", problems["a.csv:8"], StringComparison.Ordinal);
        Assert.Equal("{\"files\":{\"a.csv\":9}}", batch.Checkpoint);
    }

    [Fact]
    public async Task A_file_missing_a_mapped_column_is_reported_once_and_skipped_until_fixed()
    {
        _folder.Write("a.csv", Header + "a@example.com,,A,9,,2024-05-01,\n");
        _folder.Write("b.csv", "Email,phone,name,nps,comment,when,order\nb@example.com,,B,9,,2024-05-01,\n");

        var batches = await SurveyFolder.ReadAllAsync(_folder.Source());

        Assert.Equal(["a.csv:2"], batches.SelectMany(b => b.Feedback).Select(f => f.SourceId));
        var problem = Assert.Single(batches.SelectMany(b => b.Problems));
        Assert.Equal("b.csv:1", problem.Location);
        Assert.StartsWith(
            "column 'Score' mapped to header 'score' is missing; column 'SubmittedAt' mapped to header 'submitted_at' is missing; " +
            "headers are: Email, phone, name, nps, comment, when, order", problem.Reason, StringComparison.Ordinal);
        Assert.Equal("{\"files\":{\"a.csv\":1}}", batches[^1].Checkpoint);
    }

    [Fact]
    public async Task Only_files_matching_the_pattern_are_read_in_ordinal_order()
    {
        _folder.Write("b.csv", Header + "b@example.com,,B,9,,2024-05-01,\n");
        _folder.Write("a.csv", Header + "a@example.com,,A,9,,2024-05-01,\n");
        _folder.Write("notes.txt", "not an export");
        Directory.CreateDirectory(Path.Combine(_folder.AnswersPath, "old"));
        File.WriteAllText(Path.Combine(_folder.AnswersPath, "old", "c.csv"), Header + "c@example.com,,C,9,,2024-05-01,\n");

        var batches = await SurveyFolder.ReadAllAsync(_folder.Source());

        Assert.Equal(["a.csv:2", "b.csv:2"], batches.SelectMany(b => b.Feedback).Select(f => f.SourceId));
    }

    [Fact]
    public void Another_stream_is_rejected()
    {
        var source = _folder.Source();

        Assert.Equal(["answers"], source.Streams);
        Assert.Throws<ArgumentException>(() => source.ReadAsync("reviews", null, CancellationToken.None));
    }

    [Fact]
    public async Task Cancellation_stops_the_read()
    {
        _folder.Write("a.csv", Header + "a@example.com,,A,9,,2024-05-01,\n");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in _folder.Source().ReadAsync("answers", null, cts.Token))
            {
            }
        });
    }
}
