namespace Connectors.Plugins.Trustpilot.Client.Models;

/// <summary>One item of a page: what it became, or why it was skipped.</summary>
/// <param name="Value">The item, or null when it was unreadable.</param>
/// <param name="Location">Where it was (the review id, or the page and position).</param>
/// <param name="Problem">Why it was skipped, or null.</param>
internal sealed record Parsed<T>(T? Value, string Location, string? Problem)
    where T : class;
