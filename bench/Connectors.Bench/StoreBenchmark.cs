using System.Diagnostics;
using System.Globalization;
using Connectors.Abstractions;
using Connectors.Host.Store;
using Connectors.Host.Sync;
using Microsoft.Extensions.Logging.Abstractions;

namespace Connectors.Bench;

/// <summary>The store's write path alone: synthetic batches of customers with one feedback item each, committed by <see cref="BatchWriter"/>.</summary>
internal static class StoreBenchmark
{
    public static async Task<int> RunAsync(int rows, int batchSize)
    {
        var dir = Directory.CreateTempSubdirectory("connectors-bench-").FullName;
        try
        {
            var settings = StoreSettings.ForSqlite("Data Source=store.db", dir);
            var connections = new SqliteConnectionFactory(settings);
            await MigrateAsync(settings, connections);
            await using var writer = await BatchPipeline.OpenAsync(connections, PipelineStages.Bare(), CancellationToken.None);
            var t0 = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
            var watch = Stopwatch.StartNew();
            long records = 0;
            for (var start = 0; start < rows; start += batchSize)
            {
                var batch = Batch(start, Math.Min(batchSize, rows - start), t0);
                // As the sync engine writes a source that keeps up: batches share a transaction until the group is full.
                await writer.WriteAsync("bench", "items", 0, writer.Prepare("bench", batch, t0), t0, commitNow: false, CancellationToken.None);
                records += batch.RecordCount;
            }

            await writer.CommitPendingAsync(CancellationToken.None);

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"store write path ({batchSize:N0} customers a batch): {records:N0} records in {watch.Elapsed.TotalSeconds:N2} s = {records / watch.Elapsed.TotalSeconds:N0} records/s"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static SourceBatch Batch(int start, int count, DateTimeOffset t0)
    {
        var customers = new List<CustomerRecord>(count);
        var feedback = new List<FeedbackRecord>(count);
        for (var i = start; i < start + count; i++)
        {
            var id = i.ToString(CultureInfo.InvariantCulture);
            customers.Add(new CustomerRecord
            {
                SourceId = id, Channel = "bench", Email = $"{BenchKeys.Scatter(i):x8}.{id}@example.com",
                Phone = i % 3 == 0 ? null : $"+1415{BenchKeys.Scatter(i) % 10_000_000:0000000}", Name = $"Person {id}", Country = "US", SeenAt = t0,
            });
            feedback.Add(new FeedbackRecord
            {
                SourceId = id, Channel = "bench", Kind = FeedbackKinds.SurveyAnswer, CustomerSourceId = id,
                Rating = Rating.FromScale(i % 11, RatingScale.Nps0To10), Body = $"Answer {id}: delivery was fine", OccurredAt = t0,
            });
        }

        return new SourceBatch { Customers = customers, Feedback = feedback };
    }

    private static async Task MigrateAsync(StoreSettings settings, IStoreConnectionFactory connections)
    {
        var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<ConnectorsDbContext>();
        Microsoft.EntityFrameworkCore.SqliteDbContextOptionsBuilderExtensions.UseSqlite(options, settings.ConnectionString);
        var factory = new SingleContextFactory(options.Options);
        await new StoreMigrator(factory, connections, NullLogger<StoreMigrator>.Instance).MigrateAsync(CancellationToken.None);
    }

    private sealed class SingleContextFactory(Microsoft.EntityFrameworkCore.DbContextOptions<ConnectorsDbContext> options)
        : Microsoft.EntityFrameworkCore.IDbContextFactory<ConnectorsDbContext>
    {
        public ConnectorsDbContext CreateDbContext() => new(options);
    }
}
