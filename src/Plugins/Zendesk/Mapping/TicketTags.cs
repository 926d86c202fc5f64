using System.Text;
using Connectors.Abstractions;

namespace Connectors.Plugins.Zendesk.Mapping;

/// <summary>Ticket tags: the channel, the kind and the configured extras, in Zendesk's form (lower case, no spaces).</summary>
internal static class TicketTags
{
    public static IReadOnlyList<string> For(FeedbackRecord feedback, IEnumerable<string> extra) =>
        [.. new[] { feedback.Channel, feedback.Kind }.Concat(extra).Select(Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>Lower case; anything but letters, digits, <c>_</c>, <c>-</c>, <c>:</c> and <c>/</c> becomes <c>_</c>.</summary>
    public static string Normalize(string tag)
    {
        var sb = new StringBuilder(tag.Length);
        foreach (var c in tag.Trim().ToLowerInvariant())
        {
            sb.Append(char.IsLetterOrDigit(c) || c is '_' or '-' or ':' or '/' ? c : '_');
        }

        return sb.ToString();
    }
}
