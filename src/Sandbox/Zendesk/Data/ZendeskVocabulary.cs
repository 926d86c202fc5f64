using System.Text.RegularExpressions;

namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>The values Zendesk accepts for ticket fields, and its tag and email rules.</summary>
internal static partial class ZendeskVocabulary
{
    public static readonly string[] Priorities = ["low", "normal", "high", "urgent"];

    public static readonly string[] Statuses = ["new", "open", "pending", "hold", "solved", "closed"];

    public static bool IsEmail(string value) => EmailPattern().IsMatch(value);

    /// <summary>Tags are lower case and hold no whitespace: <c>"Bad Review"</c> becomes two tags, as in Zendesk.</summary>
    public static IReadOnlyList<string> NormalizeTags(IEnumerable<string> tags) =>
        [.. tags.SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(t => t.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
