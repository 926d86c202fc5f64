namespace Connectors.Host.Store;

/// <summary>
/// The "newest value wins, and remember where it came from" rule of a unified customer, in SQL: for each contact
/// attribute a value replaces the stored one when the source that gave it saw the customer at least as recently;
/// consents likewise; tags are replaced by a non-empty list; first and last seen widen. One rule for a record
/// updating its customer and for two customers being merged, so the two never drift apart.
/// </summary>
internal static class CustomerMergeSql
{
    // Each with its <column>_source and <column>_at.
    private static readonly string[] Attributes = ["email", "phone", "name", "locale", "country", "email_marketing_consent", "sms_consent"];

    /// <summary>The SET clause, given how to read the incoming value of a column (<c>?3</c>, or <c>g.email</c> for a merge).</summary>
    public static string Set(Func<string, string> incoming)
    {
        var sets = new List<string>();
        foreach (var a in Attributes)
        {
            var (value, at) = (incoming(a), incoming($"{a}_at"));
            var newer = $"{value} IS NOT NULL AND (customers.{a} IS NULL OR customers.{a}_at IS NULL OR {at} IS NULL OR {at} >= customers.{a}_at)";
            sets.Add($"{a} = CASE WHEN {newer} THEN {value} ELSE customers.{a} END");
            sets.Add($"{a}_source = CASE WHEN {newer} THEN {incoming($"{a}_source")} ELSE customers.{a}_source END");
            sets.Add($"{a}_at = CASE WHEN {newer} THEN {at} ELSE customers.{a}_at END");
        }

        var tags = incoming("tags");
        sets.Add($"tags = CASE WHEN {tags} IS NULL OR {tags} = '[]' THEN customers.tags ELSE {tags} END");
        var first = incoming("first_seen_at");
        sets.Add($"first_seen_at = CASE WHEN {first} < customers.first_seen_at THEN {first} ELSE customers.first_seen_at END");
        var last = incoming("last_seen_at");
        sets.Add($"last_seen_at = CASE WHEN {last} > customers.last_seen_at THEN {last} ELSE customers.last_seen_at END");
        return string.Join(",\n    ", sets);
    }
}
