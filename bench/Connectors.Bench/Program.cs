using Connectors.Bench;

// The benchmark harness: real host, real plugins, real SQLite file. Figures go to stdout and bench/out/.
var scenario = args.FirstOrDefault() ?? "surveys";
var rows = Arguments.Int(args, "--rows", 100_000);
return scenario switch
{
    "surveys" => await SurveysBenchmark.RunAsync(rows),
    "store" => await StoreBenchmark.RunAsync(rows),
    "raw-sqlite" => Print(RawSqliteUpserts.RowsPerSecond(rows)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Connectors.Bench -- surveys [--rows 100000]");
    return 2;
}

static int Print(double rowsPerSecond)
{
    Console.WriteLine($"{rowsPerSecond:N0} rows/s");
    return 0;
}
