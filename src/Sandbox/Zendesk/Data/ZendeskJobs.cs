using System.Collections.Concurrent;
using System.Globalization;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>The account's job statuses: at most <see cref="ZendeskKnobs.MaxActiveJobs"/> unfinished, kept for a limited time.</summary>
public sealed class ZendeskJobs
{
    private readonly ConcurrentDictionary<string, ZendeskJob> _jobs = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly int _seed;
    private long _ordinal;

    internal ZendeskJobs(TimeProvider clock, int seed)
    {
        _clock = clock;
        _seed = seed;
    }

    /// <summary>Every job still kept, oldest first.</summary>
    public IReadOnlyList<ZendeskJob> All => [.. _jobs.Values.OrderBy(j => j.CreatedAt).ThenBy(j => j.Id, StringComparer.Ordinal)];

    /// <summary>A job by id; null when unknown or expired.</summary>
    public ZendeskJob? Get(string id, ZendeskKnobs knobs)
    {
        if (!_jobs.TryGetValue(id, out var job))
        {
            return null;
        }

        if (_clock.GetUtcNow() - job.CreatedAt > TimeSpan.FromSeconds(knobs.JobLifetimeSeconds))
        {
            _jobs.TryRemove(id, out _);
            return null;
        }

        return job;
    }

    /// <summary>Jobs not yet completed.</summary>
    public int Active(ZendeskKnobs knobs)
    {
        var now = _clock.GetUtcNow();
        return _jobs.Values.Count(j => j.StatusAt(now, knobs) != "completed");
    }

    internal ZendeskJob Add(string kind, IReadOnlyList<IReadOnlyDictionary<string, object?>> results)
    {
        // Ids look like Zendesk's (32 hex digits) and are reproducible for a seed.
        var n = Interlocked.Increment(ref _ordinal);
        var stream = SandboxHash.Stream("zendesk/jobs");
        var id = string.Create(CultureInfo.InvariantCulture, $"{SandboxHash.Of(_seed, stream, n):x16}{SandboxHash.Of(_seed, stream, -n):x16}");
        var job = new ZendeskJob(id, kind, results, _clock.GetUtcNow());
        _jobs[id] = job;
        return job;
    }

    /// <summary>Forgets every job.</summary>
    public void Clear() => _jobs.Clear();
}
