using System.Globalization;
using System.Text;
using System.Text.Json;
using Connectors.EndToEnd.Tests.Support;
using Connectors.Sandbox;
using Connectors.Sandbox.Webhook;

namespace Connectors.EndToEnd.Tests;

/// <summary>
/// The report and alert rules through the real host process: a CSAT export with three quiet weeks and then a week of
/// damaged goods, synced and enriched; the report's figures checked against the export itself; an alert raised once,
/// delivered signed to the sandbox's webhook receiver once however often it is checked and dispatched; and the
/// unattended <c>run</c> checking the rules and delivering by itself.
/// </summary>
public sealed class ReportAndAlertsTests : IAsyncLifetime, IDisposable
{
    private const string Damaged = "The box arrived crushed and the vase inside was broken";
    private const string Happy = "Lovely product, great quality";

    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    private WebhookEmulator Receiver => WebhookEmulator.Of(_sandbox);

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync(new SandboxOptions { Customers = 5, Seed = 3 });

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// One answer a day from <paramref name="first"/> for 21 days (a damaged-goods complaint every seventh day, else
    /// praise), then 7 days of which 4 are complaints. Returns the rows as (day, score).
    /// </summary>
    private List<(DateOnly Day, int Score)> WriteExport(DateOnly first)
    {
        var rows = new List<(DateOnly, int, string)>();
        for (var i = 0; i < 21; i++)
        {
            rows.Add(i % 7 == 3 ? (first.AddDays(i), 1, Damaged) : (first.AddDays(i), 5, Happy));
        }

        for (var i = 21; i < 28; i++)
        {
            rows.Add(i is 21 or 22 or 24 or 26 ? (first.AddDays(i), 1, Damaged) : (first.AddDays(i), 4, Happy));
        }

        var csv = new StringBuilder("id,created,email,rating,comment\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var (day, score, text) = rows[i];
            csv.Append(CultureInfo.InvariantCulture, $"r{i},{day:yyyy-MM-dd}T10:00:00Z,buyer{i}@example.com,{score},\"{text}\"\n");
        }

        _dir.File("surveys/csat.csv", csv.ToString());
        var url = _sandbox.BaseUrl.ToString().TrimEnd('/');
        _dir.File("connectors.json", $$"""
            { "store": { "connectionString": "Data Source=data/store.db" },
              "connectors": [
                { "name": "csat", "plugin": "surveys-csv", "options": { "directory": "surveys", "scale": "csat-1-5",
                    "columns": { "responseId": "id", "submittedAt": "created", "email": "email", "score": "rating", "comment": "comment" } } },
                { "name": "ops", "plugin": "webhook", "options": { "url": "{{url}}/{{WebhookDefaults.HookPath}}", "secret": "{{WebhookDefaults.Secret}}" } } ],
              "alerts": [
                { "name": "damaged-rising", "metric": "negative_share", "when": { "topics": ["damaged"] }, "windowDays": 7, "baselineWeeks": 3,
                  "factor": 2, "minItems": 4, "to": ["ops"] } ] }
            """);
        return [.. rows.Select(r => (r.Item1, r.Item2))];
    }

    private async Task<HostResult> Host(params string[] args)
    {
        var result = await HostProcess.RunAsync(_dir.Path, [.. args, "-c", "connectors.json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private static double Csat(IEnumerable<(DateOnly Day, int Score)> rows) => rows.Count(r => r.Score >= 4) / (double)rows.Count();

    [Fact]
    public async Task The_report_gives_the_exports_own_figures_against_the_week_before_with_quotes_as_json_and_csv()
    {
        var first = new DateOnly(2026, 11, 2);
        var rows = WriteExport(first);
        await Host("sync");
        var week = first.AddDays(21);

        var json = await Host("report", "--from", $"{week:yyyy-MM-dd}", "--to", $"{week.AddDays(7):yyyy-MM-dd}", "--by", "day", "--json");
        var csv = await Host("report", "--from", $"{week:yyyy-MM-dd}", "--to", $"{week.AddDays(7):yyyy-MM-dd}", "--csv");
        var table = await Host("report", "--from", $"{week:yyyy-MM-dd}", "--to", $"{week.AddDays(7):yyyy-MM-dd}");

        using var report = JsonDocument.Parse(json.Stdout);
        var root = report.RootElement;
        var current = root.GetProperty("current");
        var thisWeek = rows.Where(r => r.Day >= week).ToList();
        var weekBefore = rows.Where(r => r.Day >= week.AddDays(-7) && r.Day < week).ToList();
        Assert.Equal(thisWeek.Count, current.GetProperty("items").GetInt64());
        Assert.Equal(Csat(thisWeek), current.GetProperty("csat").GetDouble(), 9);
        Assert.Equal(Csat(weekBefore), root.GetProperty("previous").GetProperty("csat").GetDouble(), 9);
        Assert.Equal(7, root.GetProperty("trend").GetArrayLength());
        var topic = root.GetProperty("negativeTopics")[0];
        Assert.Equal("damaged", topic.GetProperty("topic").GetString());
        Assert.Equal(4, topic.GetProperty("current").GetProperty("negative").GetInt64());
        Assert.Equal(Damaged, Assert.Single(topic.GetProperty("examples").EnumerateArray()).GetString());

        var lines = csv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("section,dimension,value,period,from,to,items,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith($"overview,,,current,{week:yyyy-MM-dd},{week.AddDays(7):yyyy-MM-dd},{thisWeek.Count},", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("negative_topic,topic,damaged,current,", StringComparison.Ordinal) && l.EndsWith(Damaged, StringComparison.Ordinal));

        Assert.Contains("Top negative topics", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("CSAT (4-5 of 5)", table.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "report", "--from", "2026-13-01" }, "--from '2026-13-01' is not a date")]
    [InlineData(new[] { "report", "--from", "2026-11-10", "--to", "2026-11-10" }, "is not after --from")]
    [InlineData(new[] { "report", "--json", "--csv" }, "choose one output format")]
    [InlineData(new[] { "alerts", "check", "--on", "yesterday" }, "--on 'yesterday' is not a date")]
    public async Task Bad_report_and_alert_arguments_exit_2_saying_what_to_give(string[] args, string message)
    {
        WriteExport(new DateOnly(2026, 11, 2));

        var result = await HostProcess.RunAsync(_dir.Path, [.. args, "-c", "connectors.json"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_breach_reaches_the_webhook_receiver_signed_and_once_however_often_it_is_checked_and_dispatched()
    {
        var first = new DateOnly(2026, 11, 2);
        WriteExport(first);
        await Host("sync");
        var on = $"{first.AddDays(28):yyyy-MM-dd}";

        var check = await Host("alerts", "check", "--on", on);
        await Host("dispatch");
        var again = await Host("alerts", "check", "--on", on);
        await Host("dispatch");
        var earlier = await Host("alerts", "check", "--on", $"{first.AddDays(21):yyyy-MM-dd}");
        var list = await Host("alerts", "list");

        Assert.True(check.Stdout.Contains("ALERT", StringComparison.Ordinal), check.ToString());
        Assert.True(again.Stdout.Contains("already raised", StringComparison.Ordinal), again.ToString());
        Assert.True(earlier.Stdout.Contains("quiet", StringComparison.Ordinal), earlier.ToString());
        var delivery = Assert.Single(Receiver.Deliveries.For("connectors"));
        Assert.True(delivery.Verified);
        using var body = JsonDocument.Parse(delivery.Body);
        var alert = body.RootElement.GetProperty("alert");
        Assert.Equal($"damaged-rising:{on}:topic=damaged", alert.GetProperty("key").GetString());
        Assert.Equal(4 / 7.0, alert.GetProperty("value").GetDouble(), 9);
        Assert.Equal(3 / 21.0, alert.GetProperty("baseline").GetDouble(), 9);
        Assert.Contains(Damaged, alert.GetProperty("examples").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains($"damaged-rising:{on}:topic=damaged", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unattended_host_checks_the_rules_itself_and_delivers_the_breach()
    {
        // The bad week ends yesterday, so today's check (windows end at the start of today) sees it.
        WriteExport(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-28));
        await Host("sync");

        using var host = HostProcess.Start(_dir.Path, ["run", "-c", "connectors.json"]);
        await host.WaitUntilAsync(() => Receiver.Deliveries.For("connectors").Count > 0, "the alert at the webhook receiver");

        Assert.Contains("damaged-rising", Receiver.Deliveries.For("connectors")[0].Body, StringComparison.Ordinal);
    }
}
