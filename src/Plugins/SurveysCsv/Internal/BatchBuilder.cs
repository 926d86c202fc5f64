using Connectors.Abstractions;

namespace Connectors.Plugins.SurveysCsv.Internal;

/// <summary>Collects the rows of one batch; a respondent who answered several times in it is sent once.</summary>
internal sealed class BatchBuilder
{
    private readonly List<FeedbackRecord> _feedback = [];
    private readonly Dictionary<string, CustomerRecord> _customers = new(StringComparer.Ordinal);
    private readonly List<SourceProblem> _problems = [];

    /// <summary>Rows read into this batch, valid or not.</summary>
    public int Rows { get; private set; }

    public bool IsEmpty => Rows == 0 && _problems.Count == 0;

    public void Add(RowResult row)
    {
        Rows++;
        if (row.Problem is not null)
        {
            _problems.Add(row.Problem);
        }

        if (row.Feedback is not null)
        {
            _feedback.Add(row.Feedback);
        }

        if (row.Customer is { } customer)
        {
            _customers[customer.SourceId] = _customers.TryGetValue(customer.SourceId, out var seen)
                ? Merge(seen, customer)
                : customer;
        }
    }

    public void AddProblem(SourceProblem problem) => _problems.Add(problem);

    public SourceBatch Build(string checkpoint)
    {
        var batch = new SourceBatch
        {
            Customers = [.. _customers.Values],
            Feedback = [.. _feedback],
            Problems = [.. _problems],
            Checkpoint = checkpoint,
        };
        _customers.Clear();
        _feedback.Clear();
        _problems.Clear();
        Rows = 0;
        return batch;
    }

    /// <summary>The latest answer's details win; earlier ones fill gaps and keep their order links.</summary>
    private static CustomerRecord Merge(CustomerRecord a, CustomerRecord b)
    {
        var (older, newer) = b.SeenAt >= a.SeenAt ? (a, b) : (b, a);
        return newer with
        {
            Email = newer.Email ?? older.Email,
            Phone = newer.Phone ?? older.Phone,
            Name = newer.Name ?? older.Name,
            OrderIds = [.. older.OrderIds.Union(newer.OrderIds, StringComparer.Ordinal)],
        };
    }
}
