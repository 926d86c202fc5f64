using Connectors.Abstractions;
using Connectors.Host.Identity;
using Connectors.Host.Store;
using Connectors.Host.Sync;
using Connectors.Host.Tests.Support;
using static Connectors.Host.Tests.Support.Records;

namespace Connectors.Host.Tests.Identity;

/// <summary>Identity resolution through the real write path: who joins whom, who is held apart, and why.</summary>
public sealed class IdentityResolutionTests : MigratedStore
{
    private async Task Write(string connector, params object[] records) => await Write(connector, new IdentityOptions(), records);

    private async Task Write(string connector, IdentityOptions options, params object[] records)
    {
        await using var pipeline = await BatchPipeline.OpenAsync(Connections, PipelineStages.Bare(options), CancellationToken.None);
        await pipeline.CommitAsync(connector, "items", 0, Batch(records), T0, CancellationToken.None);
    }

    private long CustomerOf(string connector, string sourceId) =>
        StoreQueries.Scalar(Db, $"SELECT customer_id FROM customer_sources WHERE source_instance = '{connector}' AND source_id = '{sourceId}'");

    private long Customers => StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM customers");

    private static CustomerRecord Buyer(string id, string email, params string[] orders) =>
        Customer(id, email) with { OrderIds = orders };

    private static FeedbackRecord Answer(string id, string? customer = null, string? order = null) =>
        Feedback(id, customer) with { OrderId = order, Kind = FeedbackKinds.SurveyAnswer };

    [Fact]
    public async Task Emails_in_other_case_and_with_spaces_are_one_customer_joined_by_email_with_the_evidence()
    {
        await Write("shop", Customer("c1", "ada@example.com"));
        await Write("nps", Customer(" ADA@Example.COM ", " ADA@Example.COM "));

        Assert.Equal(CustomerOf("shop", "c1"), CustomerOf("nps", " ADA@Example.COM "));
        Assert.Equal("email ada@example.com", StoreQueries.Text(Db, "SELECT match_evidence FROM customer_sources WHERE source_instance = 'nps'"));
    }

    [Fact]
    public async Task A_shared_household_phone_does_not_join_people_with_their_own_emails_and_the_pair_is_listed_for_review()
    {
        await Write("nps", Customer("ada", "ada@example.com", "+14155550100"));
        await Write("nps", Customer("bob", "bob@example.com", "(415) 555-0100"));

        Assert.NotEqual(CustomerOf("nps", "ada"), CustomerOf("nps", "bob"));
        Assert.Equal(1, StoreQueries.Scalar(Db,
            $"SELECT COUNT(*) FROM identity_conflicts WHERE status = 'open' AND key_kind = 'phone' AND key_value = '+14155550100' " +
            $"AND customer_id = {CustomerOf("nps", "bob")} AND other_customer_id = {CustomerOf("nps", "ada")}"));
        Assert.Contains("ada@example.com", StoreQueries.Text(Db, "SELECT reason FROM identity_conflicts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_without_an_email_joins_by_phone()
    {
        await Write("shop", Customer("c1", "ada@example.com", "+14155550100"));
        await Write("sms", Customer("p1", phone: "415-555-0100"));

        Assert.Equal(CustomerOf("shop", "c1"), CustomerOf("sms", "p1"));
        Assert.Equal("phone", StoreQueries.Text(Db, "SELECT match_reason FROM customer_sources WHERE source_instance = 'sms'"));
    }

    [Fact]
    public async Task An_answer_that_names_only_an_order_joins_the_orders_buyer_whichever_connector_stored_the_order()
    {
        await Write("shop", Buyer("gid://shopify/Customer/1", "ada@example.com", "gid://shopify/Order/5001"));
        await Write("nps", Answer("r1", order: "#5001"), Answer("r2", order: "9999"));

        Assert.Equal(CustomerOf("shop", "gid://shopify/Customer/1"), StoreQueries.Scalar(Db, "SELECT customer_id FROM feedback WHERE key = 'nps:r1'"));
        Assert.Equal("order", StoreQueries.Text(Db, "SELECT customer_match FROM feedback WHERE key = 'nps:r1'"));
        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT COUNT(customer_id) FROM feedback WHERE key = 'nps:r2'"));
    }

    [Fact]
    public async Task An_answer_waiting_for_its_order_joins_the_buyer_when_the_order_arrives_later()
    {
        await Write("nps", Answer("r1", order: "5001"));
        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT COUNT(customer_id) FROM feedback"));

        await Write("shop", Buyer("c1", "ada@example.com", "gid://shopify/Order/5001"));

        Assert.Equal(CustomerOf("shop", "c1"), StoreQueries.Scalar(Db, "SELECT customer_id FROM feedback WHERE key = 'nps:r1'"));
    }

    [Fact]
    public async Task An_order_bought_by_someone_else_does_not_join_a_respondent_with_another_email()
    {
        await Write("shop", Buyer("c1", "ada@example.com", "5001"));
        await Write("nps", Buyer("grace@example.com", "grace@example.com", "#5001"));

        Assert.NotEqual(CustomerOf("shop", "c1"), CustomerOf("nps", "grace@example.com"));
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM identity_conflicts WHERE key_kind = 'order' AND key_value = '5001'"));
    }

    [Fact]
    public async Task A_record_that_ties_two_customers_together_merges_them_and_moves_their_feedback()
    {
        await Write("shop", Customer("c1", "ada@example.com"), Feedback("f1", "c1"));
        await Write("sms", Customer("p1", phone: "+14155550100"), Feedback("f2", "p1"));
        Assert.Equal(2, Customers);

        await Write("nps", Customer("ada", "ada@example.com", "+1 415 555 0100"));

        Assert.Equal(1, Customers);
        var kept = CustomerOf("shop", "c1");
        Assert.Equal(kept, CustomerOf("sms", "p1"));
        Assert.Equal(2, StoreQueries.Scalar(Db, $"SELECT COUNT(*) FROM feedback WHERE customer_id = {kept}"));
        Assert.Equal("phone", StoreQueries.Text(Db, "SELECT reason FROM customer_merges"));
        Assert.StartsWith("phone +14155550100", StoreQueries.Text(Db, "SELECT evidence FROM customer_merges"), StringComparison.Ordinal);
        Assert.Equal("+14155550100", StoreQueries.Text(Db, $"SELECT phone FROM customers WHERE id = {kept}"));
    }

    [Fact]
    public async Task The_newest_value_of_an_attribute_wins_and_remembers_its_source()
    {
        await Write("shop", Customer("c1", "ada@example.com", name: "Ada Byron") with { SeenAt = T0.AddDays(2) });
        await Write("nps", Customer("ada", "ada@example.com", name: "A. Lovelace") with { SeenAt = T0.AddDays(1) });
        await Write("crm", Customer("x9", "ada@example.com", name: "Ada Lovelace") with { SeenAt = T0.AddDays(3) });

        Assert.Equal("Ada Lovelace", StoreQueries.Text(Db, "SELECT name FROM customers"));
        Assert.Equal("crm:x9", StoreQueries.Text(Db, "SELECT name_source FROM customers"));
        // The same email from a newer source: the newest source that states it is remembered.
        Assert.Equal("crm:x9", StoreQueries.Text(Db, "SELECT email_source FROM customers"));
        Assert.Equal(T0.AddDays(3).ToUnixTimeMilliseconds(), StoreQueries.Scalar(Db, "SELECT name_at FROM customers"));
    }

    [Fact]
    public async Task A_national_phone_number_is_read_in_the_connectors_region()
    {
        await Write("shop", Customer("c1", phone: "+4915123456789") with { Country = null });
        var options = new IdentityOptions { DefaultRegion = "DE" };
        await Write("nps-de", options, Customer("r1", phone: "0151 23456789") with { Country = null });

        Assert.Equal(CustomerOf("shop", "c1"), CustomerOf("nps-de", "r1"));
    }

    [Fact]
    public async Task A_key_switched_off_joins_nobody()
    {
        var noPhone = new IdentityOptions { MatchOn = ["email", "order", "link"] };
        await Write("shop", noPhone, Customer("c1", "ada@example.com", "+14155550100"));
        await Write("sms", noPhone, Customer("p1", phone: "+14155550100"));

        Assert.NotEqual(CustomerOf("shop", "c1"), CustomerOf("sms", "p1"));
    }

    [Fact]
    public async Task An_order_two_customers_hold_says_nothing_about_an_answer_that_names_only_it()
    {
        await Write("shop-eu", Buyer("c1", "ada@example.com", "1001"));
        await Write("shop-us", Buyer("c2", "bob@example.com", "1001"));
        await Write("nps", Answer("r1", order: "1001"));

        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT COUNT(customer_id) FROM feedback WHERE key = 'nps:r1'"));
    }
}
