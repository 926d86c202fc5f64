using System.Text.RegularExpressions;

namespace Connectors.Plugins.Webhook.Client;

/// <summary>The rules for the <c>headers</c> option: valid names and values, none the sink sets itself.</summary>
internal static partial class RequestHeaders
{
    // Set by the sink or by HttpClient from the body: an option must not contradict them.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Content-Length", "Content-Encoding", "Host", "Transfer-Encoding", "Connection", "Expect",
        DeliveryHeaders.Signature, DeliveryHeaders.Timestamp, DeliveryHeaders.Delivery, DeliveryHeaders.Event,
    };

    /// <summary>One message per bad header; values are never repeated (they may be credentials).</summary>
    public static IEnumerable<string> Problems(IDictionary<string, string>? headers)
    {
        if (headers is null)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            if (!Token().IsMatch(name))
            {
                yield return $"\"{name}\" is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)";
            }
            else if (Reserved.Contains(name) || name.StartsWith("X-Connectors-", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"\"{name}\" is set by the sink itself; remove it from headers";
            }
            else if (!seen.Add(name))
            {
                yield return $"\"{name}\" is given twice (header names ignore case); keep one";
            }

            if (value is null || value.Contains('\r', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal))
            {
                yield return $"the value of \"{name}\" must be one line of text";
            }
        }
    }

    [GeneratedRegex("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")]
    private static partial Regex Token();
}
