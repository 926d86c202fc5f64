using System.Diagnostics;
using System.Globalization;

namespace Connectors.Bench;

/// <summary>
/// What a stretch of the benchmark cost this process: CPU time, bytes allocated and gen-2 collections. Unlike wall time
/// these hold when other work shares the machine, so runs taken at different moments can be compared.
/// </summary>
internal readonly record struct HostCost(TimeSpan Cpu, long Allocated, int Gen2Collections)
{
    public static HostCost Now() => new(Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(), GC.CollectionCount(2));

    /// <summary>What was spent since <paramref name="start"/>, per record.</summary>
    public static string Since(HostCost start, long records)
    {
        var end = Now();
        var cpu = end.Cpu - start.Cpu;
        return string.Create(CultureInfo.InvariantCulture,
            $"host CPU {cpu.TotalSeconds:N1} s ({cpu.TotalMicroseconds / records:N1} µs a record); allocated {(end.Allocated - start.Allocated) / 1024.0 / records:N1} KB a record, {end.Gen2Collections - start.Gen2Collections} gen-2 GCs");
    }
}
