namespace Connectors.Host.Store.Entities;

/// <summary>One topic of one feedback item, so reports group and filter by topic with an index.</summary>
public sealed class FeedbackTopicEntity
{
    public required string FeedbackKey { get; set; }

    public required string Topic { get; set; }
}
