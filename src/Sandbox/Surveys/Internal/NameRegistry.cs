namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>Which full names more than one person shows (on Shopify or in a named survey row): the namesakes.</summary>
internal sealed class NameRegistry
{
    // One person per name until a second one shows up; a count of names, not of people, so a million customers stay cheap.
    private readonly Dictionary<string, (long Person, bool Shared)> _names = new(StringComparer.Ordinal);

    public void Add(string fullName, long person)
    {
        if (!_names.TryGetValue(fullName, out var seen))
        {
            _names[fullName] = (person, false);
        }
        else if (!seen.Shared && seen.Person != person)
        {
            _names[fullName] = (seen.Person, true);
        }
    }

    public bool IsShared(string fullName) => _names.TryGetValue(fullName, out var seen) && seen.Shared;

    /// <summary>Names shown by two or more people.</summary>
    public int SharedNames => _names.Values.Count(v => v.Shared);
}
