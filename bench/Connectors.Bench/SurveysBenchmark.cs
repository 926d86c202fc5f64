using System.Diagnostics;
using System.Globalization;
using System.Text;
using Connectors.Host.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Bench;

/// <summary>
/// Backfill of N survey rows (each a distinct respondent: N customers + N feedback items) through the real
/// host and the surveys-csv plugin into a fresh SQLite file, then an incremental run with nothing new.
/// </summary>
internal static class SurveysBenchmark
{
    public static async Task<int> RunAsync(int rows, bool enrichment)
    {
        var dir = Directory.CreateTempSubdirectory("connectors-bench-").FullName;
        try
        {
            WriteExport(Path.Combine(dir, "exports", "answers.csv"), rows);
            using var host = await BenchHosts.BuildAsync(dir, enrichment, """
                { "name": "nps", "plugin": "surveys-csv",
                  "options": { "directory": "exports", "scale": "nps-0-10", "batchSize": 1000, "defaultCountry": "US",
                    "columns": { "responseId": "id", "email": "email", "phone": "phone", "name": "name", "score": "score", "comment": "comment", "submittedAt": "at", "language": "lang" } } }
                """);
            var engine = host.Services.GetRequiredService<SyncEngine>();

            var costBefore = HostCost.Now();
            var backfill = await engine.RunAsync("nps", "answers", null, CancellationToken.None);
            var cost = HostCost.Since(costBefore, backfill.RecordsRead);
            var incremental = await engine.RunAsync("nps", "answers", null, CancellationToken.None);
            var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);

            var report = new StringBuilder()
                .AppendLine(BenchEnrichment.Describe(enrichment))
                .AppendLine(CultureInfo.InvariantCulture, $"surveys backfill: {rows:N0} rows -> {backfill.RecordsRead:N0} records ({backfill.Writes.Inserted:N0} inserted) in {backfill.Duration.TotalSeconds:N2} s")
                .AppendLine(CultureInfo.InvariantCulture, $"  {rows / backfill.Duration.TotalSeconds:N0} rows/s, {backfill.RecordsRead / backfill.Duration.TotalSeconds:N0} records/s, status {backfill.Status}; {cost}")
                .AppendLine(CultureInfo.InvariantCulture, $"incremental with nothing new: {incremental.Duration.TotalMilliseconds:N0} ms, {incremental.Writes.Total:N0} rows written, status {incremental.Status}")
                .AppendLine(CultureInfo.InvariantCulture, $"peak working set: {peakMb:N0} MB")
                .ToString();
            Console.Write(report);
            Directory.CreateDirectory(BenchPaths.Output);
            await File.WriteAllTextAsync(Path.Combine(BenchPaths.Output, $"surveys-{rows}{(enrichment ? "" : "-no-enrichment")}.txt"), report);
            return backfill.Succeeded && incremental.Succeeded && incremental.Writes.Total == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    // What respondents write, in the nine languages the enrichers know, with the language the survey tool recorded
    // (as Qualtrics' UserLanguage or a locale column), so the enrichers do their real work on every row.
    private static readonly (string Language, string Text)[] Comments =
    [
        ("en", "Delivery was fast but the box arrived damaged"), ("en", "Great quality, I will order again"),
        ("en", "Still waiting for my refund after three weeks"),
        ("de", "Die Lieferung kam zu spät und der Karton war kaputt"), ("de", "Sehr gute Qualität, gerne wieder"),
        ("fr", "Le colis est arrivé en retard, service client injoignable"), ("fr", "Produit de très bonne qualité, merci"),
        ("es", "El pedido llegó roto y nadie responde"), ("es", "Muy buena calidad y envío rápido"),
        ("it", "La taglia era sbagliata, reso complicato"), ("it", "Ottimo prodotto, consegna veloce"),
        ("pt", "O produto chegou com defeito e o reembolso não veio"), ("pt", "Entrega rápida, adorei"),
        ("nl", "Het pakket was beschadigd en te laat"), ("nl", "Prima kwaliteit, snelle levering"),
        ("zh", "快递太慢了，包装也破了"), ("zh", "质量很好，很满意"),
        ("ja", "配送が遅くて箱が壊れていました"), ("ja", "品質がとても良いです"),
    ];

    private static void WriteExport(string path, int rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path);
        writer.WriteLine("id,email,phone,name,score,comment,at,lang");
        for (var i = 0; i < rows; i++)
        {
            // Distinct people, their emails and phones scattered over the key space as real ones are.
            var key = BenchKeys.Scatter(i);
            var phone = i % 3 == 0 ? "" : $"(415) {2 + key % 8}{key / 8 % 1_000_000:00-0000}";
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"r{i},{key:x8}.person{i}@example.com,{phone},Person {i},{i % 11},\"{Comments[i % Comments.Length].Text} (#{i})\",2026-10-{1 + (i % 28):00}T{i % 24:00}:00:00Z,{Comments[i % Comments.Length].Language}"));
        }
    }
}
