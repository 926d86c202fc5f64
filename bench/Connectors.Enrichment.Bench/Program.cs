using Connectors.Enrichment.Bench;

// Measures the enrichment library on this machine; not a test. Usage (from the repository root):
//   dotnet run -c Release --project bench/Connectors.Enrichment.Bench -- [model low|high] [throughput [seconds]]
// With no arguments: both model figures (each in a fresh process would be cleaner; the low mode is measured first,
// before anything else is loaded) and a 10-second throughput run.
var data = Path.Combine(AppContext.BaseDirectory, "labelled-feedback.jsonl");
var items = BenchItem.Load(data);
var what = args.Length > 0 ? args[0] : "all";
if (what is "model" or "all")
{
    var modes = args.Length > 1 ? [args[1]] : new[] { "low", "high" };
    foreach (var mode in modes)
    {
        ModelBenchmark.Run(mode == "high", items);
    }
}

if (what is "throughput" or "all")
{
    var seconds = args.Length > 1 && what == "throughput" ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
    ThroughputBenchmark.Run(items, TimeSpan.FromSeconds(seconds));
}
