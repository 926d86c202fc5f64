namespace Connectors.TestKit.Tests.Fixtures;

/// <summary>Options without a single rule: whatever is given passes.</summary>
public sealed class LaxOptions
{
    public string ApiKey { get; set; } = "";

    public int PageSize { get; set; } = 2;
}
