using Connectors.Bench;

// The benchmark harness: real host, real plugins, real SQLite file. Figures go to stdout and bench/out/.
var scenario = args.FirstOrDefault() ?? "surveys";
var rows = Arguments.Int(args, "--rows", 100_000);
var enrichment = BenchEnrichment.On(args);
return scenario switch
{
    "surveys" => await SurveysBenchmark.RunAsync(rows, enrichment),
    "store" => await StoreBenchmark.RunAsync(rows, Arguments.Int(args, "--batch", 5_000)),
    "dispatch" => await DispatchBenchmark.RunAsync(Arguments.Int(args, "--customers", 20_000), Arguments.Int(args, "--tickets", 400)),
    "shopify-read" => await ReadOnlyProbe.RunAsync(Arguments.Int(args, "--customers", 100_000)),
    "raw-sqlite" => Print(RawSqliteUpserts.RowsPerSecond(rows)),
    "shopify" => await ShopifyBenchmark.RunAsync(Arguments.Int(args, "--customers", 1_000_000), Arguments.Int(args, "--throttled-customers", 5_000), enrichment),
    "amazon-reports" => await AmazonReportsBenchmark.RunAsync(Arguments.Int(args, "--rows", 200_000), enrichment),
    "amazon" => await AmazonBenchmark.RunAsync(Arguments.Int(args, "--orders", 200_000), Arguments.Int(args, "--throttled-orders", 4_000), enrichment),
    "webhook-burst" => await WebhookBurstBenchmark.RunAsync(Arguments.Int(args, "--deliveries", 20_000), 0.1, Arguments.Int(args, "--senders", 8), enrichment),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Connectors.Bench -- shopify [--customers 1000000] [--throttled-customers 5000] [--enrichment off]");
    Console.Error.WriteLine("       ... -- amazon [--orders 200000] [--throttled-orders 4000] [--enrichment off] | amazon-reports [--rows 200000] [--enrichment off]");
    Console.Error.WriteLine("       ... -- webhook-burst [--deliveries 20000] [--senders 8] [--enrichment off]   (signed WhatsApp deliveries, 10% repeats)");
    Console.Error.WriteLine("       ... -- dispatch [--customers 20000] [--tickets 400] | surveys [--rows 100000] [--enrichment off] | store [--rows 100000] [--batch 5000] | raw-sqlite [--rows 200000]");
    return 2;
}

static int Print(double rowsPerSecond)
{
    Console.WriteLine($"{rowsPerSecond:N0} rows/s");
    return 0;
}
