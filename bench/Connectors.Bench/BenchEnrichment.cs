namespace Connectors.Bench;

/// <summary>
/// <c>--enrichment off</c>: the scenario's host runs without the built-in enrichers, so a pair of runs (on, off) shows
/// what enrichment costs end to end. On is the default, as in a real configuration.
/// </summary>
internal static class BenchEnrichment
{
    public static bool On(string[] args)
    {
        var index = Array.IndexOf(args, "--enrichment");
        return index < 0 || index + 1 >= args.Length || !string.Equals(args[index + 1], "off", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The configuration section: empty (the defaults, every enricher on) or every built-in enricher switched off.</summary>
    public static string Section(bool on) => on
        ? (Environment.GetEnvironmentVariable("BENCH_ENRICHMENT") is { } e ? $"\"enrichment\": {e}," : "")
        : """
          "enrichment": { "language": { "enabled": false }, "sentiment": { "enabled": false }, "topics": { "enabled": false }, "priority": { "enabled": false } },
          """;

    public static string Describe(bool on) => on ? "enrichment on (language, sentiment, topics, priority)" : "enrichment off";
}
