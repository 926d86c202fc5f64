using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Shopify.Data;
using Connectors.Sandbox.Surveys;

namespace Connectors.Sandbox.Tests.Surveys;

public sealed class SurveyRowTests(SurveyExportFixture exports) : IClassFixture<SurveyExportFixture>
{
    private readonly SandboxPeople _people = new(SurveyExportFixture.Options.Seed);

    [Fact]
    public void The_default_size_has_realistic_proportions_of_every_case()
    {
        var counts = exports.Result.Counts;

        Assert.InRange(counts.Rows, 1000, 3000);
        Assert.All(exports.Result.Files, f => Assert.True(f.Rows > 10, $"{f.Connector} has only {f.Rows} rows"));
        Assert.Equal(counts.Rows, counts.RowsByConnector.Values.Sum());
        Assert.InRange(counts.OrderOnlyRows, 30, counts.Rows / 5);
        Assert.InRange(counts.PhoneOnlyRows, 30, counts.Rows / 4);
        Assert.True(counts.NationalPhoneRows > 30);
        Assert.True(counts.EmailVariantRows > 50);
        Assert.True(counts.RepeatAnswers > 50);
        Assert.True(counts.SurveyOnlyPeople > 50);
        Assert.True(counts.PeopleInSeveralMarkets > 10);
        Assert.True(counts.PeopleOnSeveralChannels > counts.Respondents / 2);
        Assert.True(counts.Households >= 6);
        Assert.InRange(counts.HouseholdMembersOnShopify, 1, counts.HouseholdMembers - 1);
        Assert.True(counts.NamesakePairs >= 3);
        Assert.All(new[] { "de", "us", "br" }, market =>
            Assert.Contains(exports.Rows, r => r.Connector.Market == market && r.Has(SurveyTraits.Household)));
    }

    [Fact]
    public void Every_row_carries_an_email_a_phone_or_an_order_id()
    {
        Assert.All(exports.Rows, r => Assert.True(r.Email is not null || r.Phone is not null || r.OrderId is not null, $"{r.ResponseId} has no key"));
    }

    [Fact]
    public void Order_id_only_rows_have_no_contact_and_name_an_order_the_person_placed_in_the_emulator()
    {
        var orderOnly = exports.Rows.Where(r => r.Has(SurveyTraits.OrderOnly)).ToList();

        Assert.Equal(exports.Result.Counts.OrderOnlyRows, orderOnly.Count);
        Assert.All(orderOnly, r =>
        {
            Assert.Null(r.Email);
            Assert.Null(r.Phone);
            Assert.Null(r.Name);
            Assert.NotNull(r.OrderId);
        });
        Assert.Equal(orderOnly, exports.Rows.Where(r => r.Email is null && r.Phone is null));
    }

    [Fact]
    public async Task Every_order_id_in_the_exports_is_an_order_of_that_person_in_the_emulator()
    {
        await using var sandbox = await SandboxServer.StartAsync(SurveyExportFixture.Options, CancellationToken.None);
        var withOrder = exports.Rows.Where(r => r.OrderId is not null).ToList();

        Assert.True(withOrder.Count > 100);
        Assert.All(withOrder, r =>
        {
            // The numeric id of the order's gid, as Typeform's hidden field and Delighted's property carry it.
            var order = sandbox.Shopify.Store.GetOrder(long.Parse(r.OrderId!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.NotNull(order);
            Assert.Equal(ShopifyIds.CustomerIdBase + r.Person, order.CustomerId);
            Assert.Equal($"gid://shopify/Order/{r.OrderId}", order.Gid);
        });
    }

    [Fact]
    public void Emails_are_the_persons_own_with_case_and_stray_spaces_varied()
    {
        var withEmail = exports.Rows.Where(r => r.Email is not null).ToList();

        Assert.All(withEmail, r => Assert.Equal(_people.Get(r.Person).Email!.ToLowerInvariant(), Keys.Email(r.Email)));
        Assert.Contains(withEmail, r => r.Email != r.Email!.Trim());
        Assert.Contains(withEmail, r => string.Equals(r.Email, r.Email!.ToUpperInvariant(), StringComparison.Ordinal));
        Assert.All(withEmail.Where(r => r.Has(SurveyTraits.EmailVariant)), r => Assert.NotEqual(_people.Get(r.Person).Email, r.Email));
    }

    [Fact]
    public void Contact_forms_have_no_score_and_every_message_has_text_and_an_email()
    {
        var contact = exports.Rows.Where(r => r.Connector.Name.StartsWith("contact-", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(contact);
        Assert.All(contact, r =>
        {
            Assert.Null(r.Score);
            Assert.False(string.IsNullOrWhiteSpace(r.Comment));
            Assert.NotNull(r.Email);
            Assert.NotNull(r.Name);
        });
        Assert.All(exports.Rows.Except(contact), r => Assert.NotNull(r.Score));
    }

    [Fact]
    public void Comments_are_in_the_respondents_language_and_some_span_two_lines()
    {
        var german = exports.Rows.Where(r => r.Connector.Market == "de" && r.Comment is not null && !r.Has(SurveyTraits.CrossMarket)).ToList();

        Assert.Contains(german, r => r.Comment!.Contains("Lieferung", StringComparison.Ordinal) || r.Comment.Contains("Bestellung", StringComparison.Ordinal));
        Assert.Contains(exports.Rows, r => r.Comment?.Contains('\n', StringComparison.Ordinal) == true);
        Assert.Contains(exports.Rows, r => r.Connector.Market == "br" && r.Comment?.Contains("pedido", StringComparison.Ordinal) == true);
    }
}
