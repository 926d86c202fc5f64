using System.Diagnostics;
using System.Globalization;

namespace Connectors.Enrichment.Bench;

/// <summary>Lingua alone in one mode: load time, memory of the loaded model, texts/s and accuracy on the labelled texts.</summary>
internal static class ModelBenchmark
{
    public static void Run(bool highAccuracy, BenchItem[] items)
    {
        var mode = highAccuracy ? "high" : "low";
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var workingSet = Environment.WorkingSet;
        var clock = Stopwatch.StartNew();
        var identifier = new LanguageIdentifier(new LanguageIdentifierOptions { HighAccuracy = highAccuracy, ModelOnly = true });
        var load = clock.Elapsed;
        var managed = GC.GetTotalMemory(forceFullCollection: true) - before;
        var resident = Environment.WorkingSet - workingSet;

        var right = items.Count(i => identifier.Identify(i.Text, null).Language == i.Language);
        var (perSecond, bytes) = Measure(items, i => identifier.Identify(i.Text, null), TimeSpan.FromSeconds(5));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lingua {mode}: load {load.TotalMilliseconds:0} ms, managed heap +{managed / 1048576.0:0.0} MB, working set +{resident / 1048576.0:0.0} MB, " +
            $"{perSecond:0} texts/s, {bytes:0} B allocated/text, accuracy {right}/{items.Length} = {(double)right / items.Length:0.000} (model only, no stated language)"));
        GC.KeepAlive(identifier);
    }

    public static (double PerSecond, double BytesPerItem) Measure<T>(BenchItem[] items, Func<BenchItem, T> work, TimeSpan duration)
    {
        // Warm-up: a second of the same work, so tiered JIT has finished optimising before the clock runs.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(1))
        {
            foreach (var item in items)
            {
                work(item);
            }
        }

        long count = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            foreach (var item in items)
            {
                work(item);
            }

            count += items.Length;
        }

        var elapsed = clock.Elapsed.TotalSeconds;
        return (count / elapsed, (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / count);
    }
}
