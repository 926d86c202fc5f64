namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>What a column of an export holds; the layout gives it the tool's header.</summary>
internal enum ExportField
{
    ResponseId,
    SubmittedAt,
    StartedAt,
    Score,
    Comment,
    Name,
    Email,
    Phone,
    OrderId,
    NetworkId,
    DeliveryChannel,
    Subject,
}
