using Connectors.Abstractions;

namespace Connectors.PluginSdk.Sources;

/// <summary>
/// Collects the records of one <see cref="SourceBatch"/> as the source reads its items (rows, nodes, messages), then
/// builds it with the checkpoint that is true after them and starts the next. A customer met twice in one batch is
/// sent once, merged by <see cref="Merge"/>, so the store does not upsert the same row twice in a transaction.
/// </summary>
/// <param name="merge">How a customer met twice is merged; <see cref="CustomerMerges.LatestWins"/> unless given.</param>
public sealed class SourceBatchBuilder(Func<CustomerRecord, CustomerRecord, CustomerRecord>? merge = null)
{
    private readonly Dictionary<string, CustomerRecord> _customers = new(StringComparer.Ordinal);
    private readonly List<FeedbackRecord> _feedback = [];
    private readonly List<MessageRecord> _messages = [];
    private readonly List<SourceProblem> _problems = [];

    /// <summary>How a customer met twice in the batch becomes one record.</summary>
    public Func<CustomerRecord, CustomerRecord, CustomerRecord> Merge { get; } = merge ?? CustomerMerges.LatestWins;

    /// <summary>Source items added since the last <see cref="Build"/>, whatever they became: compare it with your batch size.</summary>
    public int Items { get; private set; }

    /// <summary>Whether nothing was added since the last <see cref="Build"/>, neither an item nor a problem.</summary>
    public bool IsEmpty => Items == 0 && _problems.Count == 0;

    /// <summary>Adds what one source item became: any of a customer, a feedback item, a message or the reason it was skipped.</summary>
    public void Add(CustomerRecord? customer = null, FeedbackRecord? feedback = null, MessageRecord? message = null, SourceProblem? problem = null)
    {
        Items++;
        if (customer is not null)
        {
            _customers[customer.SourceId] = _customers.TryGetValue(customer.SourceId, out var seen) ? Merge(seen, customer) : customer;
        }

        if (feedback is not null)
        {
            _feedback.Add(feedback);
        }

        if (message is not null)
        {
            _messages.Add(message);
        }

        if (problem is not null)
        {
            _problems.Add(problem);
        }
    }

    /// <summary>Adds a problem that is no item of its own (a file that could not be opened, say).</summary>
    public void AddProblem(SourceProblem problem) => _problems.Add(problem);

    /// <summary>The batch of everything added since the last build, with <paramref name="checkpoint"/>; the builder starts empty again.</summary>
    /// <param name="checkpoint">The cursor that is true once this batch is stored; <c>null</c> keeps the stored one.</param>
    public SourceBatch Build(string? checkpoint)
    {
        var batch = new SourceBatch
        {
            Customers = [.. _customers.Values],
            Feedback = [.. _feedback],
            Messages = [.. _messages],
            Problems = [.. _problems],
            Checkpoint = checkpoint,
        };
        _customers.Clear();
        _feedback.Clear();
        _messages.Clear();
        _problems.Clear();
        Items = 0;
        return batch;
    }
}
