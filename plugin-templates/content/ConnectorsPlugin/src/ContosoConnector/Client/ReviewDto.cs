namespace ContosoConnector.Client;

/// <summary>One review as the API returns it.</summary>
internal sealed record ReviewDto(string Id, string? Email, string? Name, int Stars, string? Text, DateTimeOffset CreatedAt);
