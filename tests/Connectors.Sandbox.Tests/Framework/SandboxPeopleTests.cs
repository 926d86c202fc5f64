using Connectors.Sandbox.Framework;
using PhoneNumbers;

namespace Connectors.Sandbox.Tests.Framework;

public sealed class SandboxPeopleTests
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    [Fact]
    public void Person_i_is_a_pure_function_of_seed_and_index()
    {
        var people = new SandboxPeople(42);
        Assert.Equal(people.Get(123_456), new SandboxPeople(42).Get(123_456));
        Assert.Equal(people.Get(999_999), people.Get(999_999));
        Assert.NotEqual(people.Get(5), new SandboxPeople(43).Get(5));
    }

    [Fact]
    public void Phones_are_valid_mobiles_in_e164_and_local_format()
    {
        var people = new SandboxPeople(42);
        var withPhone = Enumerable.Range(0, 3000).Select(i => people.Get(i)).Where(p => p.PhoneE164 is not null).ToList();
        Assert.True(withPhone.Count > 1500);
        Assert.True(withPhone.Select(p => p.CountryCode).Distinct().Count() >= 10);
        foreach (var person in withPhone)
        {
            var e164 = Phones.Parse(person.PhoneE164, null);
            Assert.True(Phones.IsValidNumber(e164), $"{person.PhoneE164} ({person.CountryCode}) is not valid");
            Assert.Equal(person.PhoneE164, Phones.Format(e164, PhoneNumberFormat.E164));
            var local = Phones.Parse(person.PhoneNational, person.CountryCode);
            Assert.Equal(person.PhoneE164, Phones.Format(local, PhoneNumberFormat.E164));
        }
    }

    [Fact]
    public void Emails_are_unique_reserved_domain_addresses_and_some_need_normalising()
    {
        var people = new SandboxPeople(42);
        var emails = Enumerable.Range(0, 5000).Select(i => people.Get(i).Email).OfType<string>().ToList();
        Assert.Equal(emails.Count, emails.Select(e => e.ToLowerInvariant()).Distinct().Count());
        Assert.All(emails, e => Assert.Matches(@"^[A-Za-z0-9._]+@example\.(com|net|org)$", e));
        Assert.Contains(emails, e => !string.Equals(e, e.ToLowerInvariant(), StringComparison.Ordinal));
        Assert.InRange(5000 - emails.Count, 50, 400);
    }

    [Fact]
    public void Consent_states_and_languages_vary()
    {
        var people = new SandboxPeople(42);
        var sample = Enumerable.Range(0, 2000).Select(i => people.Get(i)).ToList();
        Assert.True(sample.Select(p => p.EmailMarketing).Distinct().Count() >= 5);
        Assert.True(sample.Select(p => p.Language).Distinct().Count() >= 8);
        Assert.All(SandboxText.Languages, language =>
        {
            Assert.False(string.IsNullOrWhiteSpace(SandboxText.OrderNote(language, 7)));
            Assert.NotEqual(SandboxText.Feedback(language, 1, 3), SandboxText.Feedback(language, 5, 3));
        });
    }
}
