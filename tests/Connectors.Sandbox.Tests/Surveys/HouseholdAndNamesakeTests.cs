using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Surveys;

namespace Connectors.Sandbox.Tests.Surveys;

public sealed class HouseholdAndNamesakeTests(SurveyExportFixture exports) : IClassFixture<SurveyExportFixture>
{
    private readonly SandboxPeople _people = new(SurveyExportFixture.Options.Seed);

    [Fact]
    public void Household_members_share_one_phone_and_each_answers_with_their_own_email()
    {
        var households = exports.Rows
            .Where(r => r.Has(SurveyTraits.Household))
            .GroupBy(r => Keys.Phone(r.Phone, r.Connector.DefaultCountry))
            .ToList();

        Assert.Equal(exports.Result.Counts.Households, households.Count);
        Assert.All(households, household =>
        {
            Assert.NotNull(household.Key);
            var members = household.Select(r => r.Person).Distinct().ToList();
            Assert.InRange(members.Count, 2, 3);
            Assert.All(household, r => Assert.NotNull(r.Email));
            Assert.Equal(members.Count, household.Select(r => Keys.Email(r.Email)).Distinct().Count());

            // The phone is the owner's own mobile; the others' own numbers (if any) are not it.
            var owner = Assert.Single(household.Where(r => r.Has(SurveyTraits.HouseholdOwner)).Select(r => r.Person).Distinct());
            Assert.Equal(_people.Get(owner).PhoneE164, household.Key);
            Assert.All(members.Where(m => m != owner), m => Assert.NotEqual(household.Key, _people.Get(m).PhoneE164));
            Assert.Single(household.Select(r => _people.Get(r.Person).LastName).Distinct());
        });
    }

    [Fact]
    public void Households_mix_shopify_customers_and_people_only_in_surveys_and_their_shopify_records_are_marked()
    {
        var members = exports.Rows.Where(r => r.Has(SurveyTraits.Household)).Select(r => r.Person).Distinct().ToList();
        var customers = SurveyExportFixture.Options.Customers;

        Assert.Contains(members, p => p < customers);
        Assert.Contains(members, p => p >= customers);
        Assert.Equal(
            members.Where(p => p < customers).Order(),
            exports.Truth.Records.Where(r => r.Has(SurveyTraits.Shopify) && r.Has(SurveyTraits.Household)).Select(r => r.Person).Order());
    }

    [Fact]
    public void Namesakes_are_different_people_with_the_same_name_and_their_own_emails()
    {
        var named = exports.Rows.Where(r => r.Name is not null && r.Has(SurveyTraits.Namesake)).ToList();
        var groups = named.GroupBy(r => r.Name!).Where(g => g.Select(r => r.Person).Distinct().Count() >= 2).ToList();

        Assert.True(groups.Count >= exports.Result.Counts.NamesakePairs);
        Assert.All(groups, g =>
        {
            var emails = g.Where(r => r.Email is not null).GroupBy(r => r.Person).Select(p => Keys.Email(p.First().Email)).ToList();
            Assert.Equal(emails.Count, emails.Distinct().Count());
        });

        // The placed pairs: a Shopify customer and a survey-only person with one name, both answering with it.
        var customers = SurveyExportFixture.Options.Customers;
        Assert.Contains(groups, g => g.Any(r => r.Person < customers) && g.Any(r => r.Person >= customers));
    }
}
