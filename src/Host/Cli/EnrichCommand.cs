using System.CommandLine;
using System.Globalization;
using Connectors.Host.Enrichment;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary><c>enrich --since &lt;date&gt;</c>: runs the enrichers again over stored feedback, after a rule or taxonomy change.</summary>
internal static class EnrichCommand
{
    public static Command Create()
    {
        var since = new Option<string>("--since") { Description = "Re-enrich feedback that occurred on or after this date (yyyy-MM-dd, UTC)", Required = true };
        var command = new Command("enrich", "Run the enabled enrichers again over stored feedback (annotations are replaced; nothing is sent to the sinks again)") { since };
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(since)!;
            if (!DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ssK"], CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var from))
            {
                CliSession.Fail($"--since '{text}' is not a date; give it as yyyy-MM-dd (UTC), for example --since 2026-11-01");
                return ExitCodes.ConfigError;
            }

            var setup = CliSession.LoadSetup(parse);
            if (setup is null)
            {
                return ExitCodes.ConfigError;
            }

            using var host = await CliSession.StartHostAsync(setup, HostFeatures.Pipeline, ct);
            var stage = host.Services.GetRequiredService<EnrichmentStage>();
            var (items, changed) = await host.Services.GetRequiredService<Reenrichment>().RunAsync(from, null, ct);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Re-enriched [bold]{items:N0}[/] items since {from:yyyy-MM-dd} with {string.Join(", ", stage.Enrichers.Select(e => $"{e.Name} {e.Version}"))}; {changed:N0} changed priority.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
