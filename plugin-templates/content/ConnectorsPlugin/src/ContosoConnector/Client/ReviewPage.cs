namespace ContosoConnector.Client;

/// <summary>A page of reviews, oldest first, and the cursor after it (<c>null</c> on the last page).</summary>
internal sealed record ReviewPage(IReadOnlyList<ReviewDto> Items, string? Next);
