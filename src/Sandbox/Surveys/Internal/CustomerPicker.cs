using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>Draws customers of one market at random, or by last name, without scanning the whole market for each pick.</summary>
internal sealed class CustomerPicker(List<Respondent> customers)
{
    private const int Draws = 64;
    private Dictionary<string, List<Respondent>>? _byLastName;

    /// <summary>A random customer that matches; a few draws, then a scan from a random start, so a rare match is still found.</summary>
    public Respondent? Pick(ref DeterministicRandom random, Func<Respondent, bool> match) => Pick(customers, ref random, match);

    /// <summary>A random customer with the last name that matches.</summary>
    public Respondent? PickByLastName(string lastName, ref DeterministicRandom random, Func<Respondent, bool> match)
    {
        _byLastName ??= customers.GroupBy(c => c.Person.LastName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return _byLastName.TryGetValue(lastName, out var namesakes) ? Pick(namesakes, ref random, match) : null;
    }

    private static Respondent? Pick(List<Respondent> list, ref DeterministicRandom random, Func<Respondent, bool> match)
    {
        if (list.Count == 0)
        {
            return null;
        }

        for (var i = 0; i < Draws; i++)
        {
            var candidate = list[random.Next(list.Count)];
            if (match(candidate))
            {
                return candidate;
            }
        }

        var start = random.Next(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var candidate = list[(start + i) % list.Count];
            if (match(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
