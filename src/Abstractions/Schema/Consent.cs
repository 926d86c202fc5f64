namespace Connectors.Abstractions;

/// <summary>A customer's consent to one kind of contact, with where and when it was given or withdrawn.</summary>
/// <param name="Granted">Whether the customer agreed.</param>
/// <param name="Source">Where the consent was recorded, for example <c>shopify:checkout</c>.</param>
/// <param name="RecordedAt">When it was given or withdrawn, if the channel says.</param>
public sealed record Consent(bool Granted, string Source, DateTimeOffset? RecordedAt);
