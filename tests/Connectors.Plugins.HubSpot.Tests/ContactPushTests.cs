using System.Text.Json;
using Connectors.Abstractions;
using static Connectors.Plugins.HubSpot.Tests.Support.Items;

namespace Connectors.Plugins.HubSpot.Tests;

public sealed class ContactPushTests
{
    [Fact]
    public async Task Customers_become_one_contact_per_email_created_then_updated()
    {
        await using var harness = await SinkHarness.StartAsync();
        var (sink, _) = harness.CreateSink();

        var first = await sink.PushAsync([Customer(1), Customer(2), Customer(3, email: " Mixed.Case@Example.com ")], CancellationToken.None);
        Assert.All(first, r => Assert.Equal(SinkOutcome.Done, r.Outcome));
        var changed = Person(1, name: "Janet Smith") with { Phone = "+4915199999999" };
        var second = await sink.PushAsync([Customer(changed), Customer(2)], CancellationToken.None);

        Assert.All(second, r => Assert.Equal(SinkOutcome.Done, r.Outcome));
        Assert.Equal(first[0].SinkId, second[0].SinkId);
        var contacts = harness.HubSpot.Contacts;
        Assert.Equal(3, contacts.Count);
        var jane = harness.HubSpot.Store.FindContactByEmail("person1@example.com")!;
        Assert.Equal(first[0].SinkId, jane.Id);
        Assert.Equal(("Janet", "Smith", "+4915199999999"), (jane["firstname"], jane["lastname"], jane["phone"]));
        Assert.Equal("Germany", jane["country"]);
        Assert.Equal("1", jane["connectors_customer_id"]);
        Assert.NotNull(harness.HubSpot.Store.FindContactByEmail("mixed.case@example.com"));
        var third = harness.HubSpot.Store.FindContactByEmail("person2@example.com")!;
        Assert.Equal(("Jane", "van Dijk2"), (third["firstname"], third["lastname"]));
    }

    [Fact]
    public async Task An_invalid_email_fails_that_item_with_HubSpots_message_and_the_others_are_done()
    {
        await using var harness = await SinkHarness.StartAsync();
        var (sink, _) = harness.CreateSink();

        var results = await sink.PushAsync([Customer(1), Customer(2, email: "not-an-email"), Customer(3)], CancellationToken.None);

        Assert.Equal(SinkOutcome.Done, results[0].Outcome);
        Assert.Equal(SinkOutcome.Failed, results[1].Outcome);
        Assert.Contains("Email address not-an-email is invalid", results[1].Error, StringComparison.Ordinal);
        Assert.Equal(SinkOutcome.Done, results[2].Outcome);
        Assert.Equal(2, harness.HubSpot.Contacts.Count);
    }

    [Fact]
    public async Task A_customer_without_email_is_failed_for_good_without_a_request()
    {
        await using var harness = await SinkHarness.StartAsync();
        var (sink, _) = harness.CreateSink();
        await sink.PushAsync([Customer(1)], CancellationToken.None);
        var before = harness.HubSpot.Vendor.Received.Items.Count;

        var results = await sink.PushAsync([Customer(Person(2) with { Email = null }), Customer(Person(3) with { Email = "  " })], CancellationToken.None);

        Assert.All(results, r =>
        {
            Assert.Equal(SinkOutcome.Failed, r.Outcome);
            Assert.Equal("customer has no email; HubSpot contacts are matched by email", r.Error);
        });
        Assert.Equal(before, harness.HubSpot.Vendor.Received.Items.Count);
    }

    [Fact]
    public async Task Marketing_properties_are_set_only_with_granted_consent_and_never_to_false()
    {
        await using var harness = await SinkHarness.StartAsync();
        var (sink, _) = harness.CreateSink();

        var results = await sink.PushAsync([Customer(1, consent: true), Customer(2, consent: false), Customer(3, consent: null)], CancellationToken.None);

        Assert.All(results, r => Assert.Equal(SinkOutcome.Done, r.Outcome));
        var granted = harness.HubSpot.Store.FindContactByEmail("person1@example.com")!;
        Assert.Equal("Freely given consent from contact", granted["hs_legal_basis"]);
        Assert.Equal("true", granted["connectors_email_marketing"]);
        foreach (var email in new[] { "person2@example.com", "person3@example.com" })
        {
            var contact = harness.HubSpot.Store.FindContactByEmail(email)!;
            Assert.Null(contact["hs_legal_basis"]);
            Assert.Null(contact["connectors_email_marketing"]);
        }

        // Not even sent as false or empty: the request itself carries no marketing property for them.
        var upsert = harness.HubSpot.Vendor.Received.Items.Last(i => i.Path.EndsWith("/batch/upsert", StringComparison.Ordinal));
        var inputs = JsonDocument.Parse(upsert.Body).RootElement.GetProperty("inputs").EnumerateArray().ToList();
        foreach (var input in inputs.Where(i => i.GetProperty("id").GetString() != "person1@example.com"))
        {
            Assert.False(input.GetProperty("properties").TryGetProperty("hs_legal_basis", out _));
            Assert.False(input.GetProperty("properties").TryGetProperty("connectors_email_marketing", out _));
        }
    }

    [Fact]
    public async Task The_custom_properties_are_created_once_per_account()
    {
        await using var harness = await SinkHarness.StartAsync();
        var (first, _) = harness.CreateSink(name: "crm-a");
        var (second, _) = harness.CreateSink(name: "crm-b");

        await first.PushAsync([Customer(1)], CancellationToken.None);
        await second.PushAsync([Customer(2)], CancellationToken.None);
        await first.PushAsync([Customer(3)], CancellationToken.None);

        var definitions = harness.HubSpot.Vendor.Received.Items.Where(i => i.Path.StartsWith("/crm/v3/properties", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, definitions.Count);
        Assert.True(harness.HubSpot.Store.Property("notes", "connectors_key")!.HasUniqueValue);
        Assert.Equal("bool", harness.HubSpot.Store.Property("contacts", "connectors_email_marketing")!.Type);
    }
}
