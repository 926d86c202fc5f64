using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>
/// Sandbox people beyond the shop's customers (index ≥ customers), handed out once each: the people who appear only in
/// surveys. Scans forward lazily and files each person under the keys callers ask for (country; country and last name;
/// full name), so a namesake or a household member is found without rescanning. People whose phone someone already
/// has are never handed out: a shared phone must mean a household, never chance.
/// </summary>
internal sealed class PersonPool(SandboxPeople people, long first, HashSet<string> phonesInUse, IReadOnlySet<string> countries)
{
    // Enough for any name combination of the sandbox's lists many times over; a miss just means one household or namesake fewer.
    private const long ScanLimit = 5_000_000;

    private readonly Dictionary<string, Queue<long>> _waiting = new(StringComparer.Ordinal);
    private readonly HashSet<long> _taken = [];
    private readonly long _first = first;
    private long _next = first;

    /// <summary>Someone from the country; with an email, a phone, a last name or a first name when asked.</summary>
    public SandboxPerson? Take(string country, bool needsEmail = false, bool needsPhone = false, string? lastName = null, string? firstName = null)
    {
        var key = Key(country, needsEmail, needsPhone, lastName, firstName);
        while (true)
        {
            if (_waiting.TryGetValue(key, out var queue))
            {
                while (queue.TryDequeue(out var index))
                {
                    var person = people.Get(index);
                    if (!_taken.Contains(index) && (person.PhoneE164 is null || phonesInUse.Add(person.PhoneE164)))
                    {
                        _taken.Add(index);
                        return person;
                    }
                }
            }

            if (_next - _first >= ScanLimit)
            {
                return null;
            }

            File(people.Get(_next++));
        }
    }

    private void File(SandboxPerson person)
    {
        if (!countries.Contains(person.CountryCode))
        {
            return;
        }

        // Every combination a caller may ask for; a person sits in several queues and is skipped once taken.
        foreach (var email in person.Email is null ? [false] : new[] { false, true })
        {
            foreach (var phone in person.PhoneE164 is null ? [false] : new[] { false, true })
            {
                Enqueue(Key(person.CountryCode, email, phone, null, null), person.Index);
                Enqueue(Key(person.CountryCode, email, phone, person.LastName, null), person.Index);
                Enqueue(Key(person.CountryCode, email, phone, person.LastName, person.FirstName), person.Index);
            }
        }
    }

    private void Enqueue(string key, long index)
    {
        if (!_waiting.TryGetValue(key, out var queue))
        {
            _waiting[key] = queue = new Queue<long>();
        }

        queue.Enqueue(index);
    }

    private static string Key(string country, bool email, bool phone, string? last, string? first) =>
        $"{country}|{(email ? 'e' : '-')}{(phone ? 'p' : '-')}|{last}|{first}";
}
