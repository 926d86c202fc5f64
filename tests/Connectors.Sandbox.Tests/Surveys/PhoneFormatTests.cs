using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Surveys;
using PhoneNumbers;

namespace Connectors.Sandbox.Tests.Surveys;

public sealed class PhoneFormatTests(SurveyExportFixture exports) : IClassFixture<SurveyExportFixture>
{
    private static readonly string[] Regions = ["DE", "US", "BR"];
    private readonly SandboxPeople _people = new(SurveyExportFixture.Options.Seed);

    [Fact]
    public void National_phones_are_the_right_number_only_with_the_markets_region()
    {
        var national = exports.Rows.Where(r => r.Has(SurveyTraits.NationalPhone)).ToList();

        Assert.All(["de", "us", "br"], market => Assert.Contains(national, r => r.Connector.Market == market));
        Assert.All(national, r =>
        {
            var right = Keys.Phone(r.Phone, r.Connector.DefaultCountry);
            Assert.NotNull(right);
            if (!r.Has(SurveyTraits.Household))
            {
                Assert.Equal(_people.Get(r.Person).PhoneE164, right);
            }

            Assert.DoesNotContain('+', r.Phone!);
            Assert.Throws<NumberParseException>(() => Keys.Parse(r.Phone!, null));
            Assert.All(Regions.Where(region => region != r.Connector.DefaultCountry), wrong => Assert.NotEqual(right, Keys.Phone(r.Phone, wrong)));
        });
    }

    [Fact]
    public void E164_phones_need_no_region_and_come_with_and_without_spaces()
    {
        var e164 = exports.Rows.Where(r => r.Has(SurveyTraits.E164Phone)).ToList();

        Assert.All(e164, r =>
        {
            Assert.StartsWith("+", r.Phone, StringComparison.Ordinal);
            var number = Keys.Phone(r.Phone, null);
            Assert.NotNull(number);
            if (!r.Has(SurveyTraits.Household))
            {
                Assert.Equal(_people.Get(r.Person).PhoneE164, number);
            }
        });
        Assert.Contains(e164, r => r.Phone!.Contains(' ', StringComparison.Ordinal));
        Assert.Contains(e164, r => !r.Phone!.Contains(' ', StringComparison.Ordinal));
        Assert.Contains(e164, r => r.Has(SurveyTraits.CrossMarket));
    }

    [Fact]
    public void Phone_only_rows_are_the_persons_own_phone()
    {
        var phoneOnly = exports.Rows.Where(r => r.Has(SurveyTraits.PhoneOnly)).ToList();

        Assert.NotEmpty(phoneOnly);
        Assert.All(phoneOnly, r =>
        {
            Assert.Null(r.Email);
            Assert.False(r.Has(SurveyTraits.Household));
            Assert.Equal(_people.Get(r.Person).PhoneE164, Keys.Phone(r.Phone, r.Connector.DefaultCountry));
        });
    }
}
