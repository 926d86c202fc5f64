using System.Data.Common;

namespace Connectors.Host.Store;

/// <summary>Keeps <c>feedback_topics</c> (one row per item and topic, for reports) in step with the items' annotations.</summary>
internal sealed class FeedbackTopicWriter(DbConnection connection) : IDisposable
{
    private readonly RowStatement _clear = new(connection, "DELETE FROM feedback_topics WHERE feedback_key = ?1");
    private readonly RowStatement _add = new(connection, "INSERT INTO feedback_topics (feedback_key, topic) VALUES (?1, ?2) ON CONFLICT DO NOTHING");

    /// <summary>Sets an item's topics; <paramref name="isNew"/> skips clearing what a new item cannot have.</summary>
    public void Set(string feedbackKey, IEnumerable<string> topics, bool isNew)
    {
        if (!isNew)
        {
            _clear.Run([feedbackKey]);
        }

        foreach (var topic in topics)
        {
            _add.Run([feedbackKey, topic]);
        }
    }

    public void Dispose()
    {
        _clear.Dispose();
        _add.Dispose();
    }
}
