namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>
/// A background job of a bulk endpoint. The work is applied when the job is submitted (so a client that never
/// polls loses nothing, as on Zendesk); its status moves queued → working → completed as it is polled, or once
/// <see cref="ZendeskKnobs.JobCompletesAfterSeconds"/> have passed, and only a completed job shows its results.
/// </summary>
public sealed class ZendeskJob
{
    private int _polls;

    internal ZendeskJob(string id, string kind, IReadOnlyList<IReadOnlyDictionary<string, object?>> results, DateTimeOffset createdAt)
    {
        Id = id;
        Kind = kind;
        Results = results;
        CreatedAt = createdAt;
    }

    /// <summary>The job's id (32 hex digits).</summary>
    public string Id { get; }

    /// <summary>What submitted it, such as <c>tickets/create_many</c>.</summary>
    public string Kind { get; }

    /// <summary>The per-item results, in input order.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Results { get; }

    /// <summary>Sandbox time of submission.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>How many times its status was read.</summary>
    public int Polls => Volatile.Read(ref _polls);

    /// <summary>Counts one poll.</summary>
    internal void Poll() => Interlocked.Increment(ref _polls);

    /// <summary>The status now: <c>queued</c>, <c>working</c> or <c>completed</c>.</summary>
    public string StatusAt(DateTimeOffset now, ZendeskKnobs knobs)
    {
        if (now - CreatedAt >= TimeSpan.FromSeconds(knobs.JobCompletesAfterSeconds) || Polls >= 2 * knobs.JobPollsPerStep)
        {
            return "completed";
        }

        return Polls >= knobs.JobPollsPerStep ? "working" : "queued";
    }
}
