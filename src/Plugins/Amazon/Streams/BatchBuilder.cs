using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Mapping;

namespace Connectors.Plugins.Amazon.Streams;

/// <summary>Collects mapped report rows into one batch; a row that could not be mapped becomes a problem with its location.</summary>
internal sealed class BatchBuilder
{
    private readonly List<CustomerRecord> _customers = [];
    private readonly List<FeedbackRecord> _feedback = [];
    private readonly List<MessageRecord> _messages = [];
    private readonly List<SourceProblem> _problems = [];

    public int Rows { get; private set; }

    public void Add(RowMapping mapped, string location)
    {
        Rows++;
        if (mapped.Problem is { } problem)
        {
            _problems.Add(new SourceProblem(location, problem));
            return;
        }

        if (mapped.Customer is { } customer)
        {
            _customers.Add(customer);
        }

        if (mapped.Feedback is { } feedback)
        {
            _feedback.Add(feedback);
        }

        if (mapped.Reply is { } reply)
        {
            _messages.Add(reply);
        }
    }

    public SourceBatch Build(string checkpoint) => new()
    {
        Customers = _customers,
        Feedback = _feedback,
        Messages = _messages,
        Problems = _problems,
        Checkpoint = checkpoint,
    };
}
