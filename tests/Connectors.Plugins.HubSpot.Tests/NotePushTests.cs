using Connectors.Abstractions;
using Connectors.Sandbox.HubSpot.Data;
using static Connectors.Plugins.HubSpot.Tests.Support.Items;

namespace Connectors.Plugins.HubSpot.Tests;

public sealed class NotePushTests
{
    [Fact]
    public async Task Feedback_becomes_a_note_on_its_authors_contact()
    {
        await using var harness = await SinkHarness.StartAsync();
        var (sink, _) = harness.CreateSink();

        var results = await sink.PushAsync([Feedback("r1", Person(1)), Customer(1)], CancellationToken.None);

        Assert.All(results, r => Assert.Equal(SinkOutcome.Done, r.Outcome));
        var note = Assert.Single(harness.HubSpot.Notes);
        var contact = Assert.Single(harness.HubSpot.Contacts);
        Assert.Equal(results[0].SinkId, note.Id);
        Assert.Equal(results[1].SinkId, contact.Id);
        Assert.Equal(new HubSpotAssociation("contacts", contact.Id, "HUBSPOT_DEFINED", 202), Assert.Single(note.Associations));
        Assert.Equal("2025-05-01T10:00:00.000Z", note["hs_timestamp"]);
        Assert.Equal("crm:feedback:r1", note["connectors_key"]);
        var body = note["hs_note_body"]!;
        Assert.Contains("Review on Trustpilot", body, StringComparison.Ordinal);
        Assert.Contains("★★☆☆☆ 2/5 stars", body, StringComparison.Ordinal);
        Assert.Contains("<strong>Disappointed</strong>", body, StringComparison.Ordinal);
        Assert.Contains("The seams came apart after one wash.", body, StringComparison.Ordinal);
        Assert.Contains("Order 1001", body, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.trustpilot.com/reviews/r1\">View on Trustpilot</a>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_without_an_author_or_an_authors_email_is_failed_with_the_reason()
    {
        await using var harness = await SinkHarness.StartAsync();
        var (sink, _) = harness.CreateSink();

        var results = await sink.PushAsync([Feedback("r1", null), Feedback("r2", Person(2) with { Email = null }), Feedback("r3", Person(3))], CancellationToken.None);

        Assert.Equal(SinkItemResult.Failed("crm:feedback:r1", "feedback has no author; a HubSpot note needs a contact to sit on"), results[0]);
        Assert.Equal(SinkItemResult.Failed("crm:feedback:r2", "the feedback's author has no email; HubSpot contacts are matched by email"), results[1]);
        Assert.Equal(SinkOutcome.Done, results[2].Outcome);
        Assert.Single(harness.HubSpot.Notes);
    }

    [Fact]
    public async Task A_note_whose_answer_was_lost_is_found_by_its_key_on_retry_not_created_twice()
    {
        await using var harness = await SinkHarness.StartAsync();
        var (sink, _) = harness.CreateSink();
        await sink.PushAsync([Customer(1)], CancellationToken.None); // properties and contact exist
        harness.HubSpot.Knobs = harness.HubSpot.Knobs with { LoseNextWrites = 1, LoseWritesMatching = "/objects/notes" };

        var lost = await sink.PushAsync([Feedback("r1", Person(1)), Feedback("r2", Person(1))], CancellationToken.None);
        Assert.All(lost, r => Assert.Equal(SinkOutcome.Retry, r.Outcome));
        Assert.Equal(2, harness.HubSpot.Notes.Count); // HubSpot made them; we did not hear it

        var retried = await sink.PushAsync([Feedback("r1", Person(1)), Feedback("r2", Person(1))], CancellationToken.None);

        Assert.All(retried, r => Assert.Equal(SinkOutcome.Done, r.Outcome));
        Assert.Equal(2, harness.HubSpot.Notes.Count);
        Assert.Equal(harness.HubSpot.Notes.Select(n => n.Id).Order(), retried.Select(r => r.SinkId).Order());
        Assert.Equal(1, harness.HubSpot.Vendor.Counters["lostResponses"]);
    }

    [Fact]
    public async Task A_single_note_conflict_takes_the_id_HubSpot_names()
    {
        await using var harness = await SinkHarness.StartAsync();
        var (sink, _) = harness.CreateSink();
        var first = await sink.PushAsync([Feedback("r1", Person(1))], CancellationToken.None);

        // r1 exists, r2 is new: the batch is refused as a whole, r1 is found, r2 is created alone.
        var second = await sink.PushAsync([Feedback("r1", Person(1)), Feedback("r2", Person(1))], CancellationToken.None);

        Assert.Equal(first[0].SinkId, second[0].SinkId);
        Assert.Equal(SinkOutcome.Done, second[1].Outcome);
        Assert.Equal(2, harness.HubSpot.Notes.Count);
    }

    [Fact]
    public async Task An_existing_sink_id_updates_that_note_instead_of_creating_one()
    {
        await using var harness = await SinkHarness.StartAsync();
        var (sink, _) = harness.CreateSink();
        var created = await sink.PushAsync([Feedback("r1", Person(1))], CancellationToken.None);
        var id = created[0].SinkId!;

        var updated = await sink.PushAsync([Feedback("r1", Person(1), existingSinkId: id, body: "Replaced for free. Thanks!")], CancellationToken.None);

        Assert.Equal(SinkItemResult.Done("crm:feedback:r1", id), updated[0]);
        var note = Assert.Single(harness.HubSpot.Notes);
        Assert.Contains("Replaced for free. Thanks!", note["hs_note_body"], StringComparison.Ordinal);
        Assert.Equal("crm:feedback:r1", note["connectors_key"]);
        Assert.Contains(harness.HubSpot.Vendor.Received.Items, i => i.Method == "PATCH" && i.Path == $"/crm/v3/objects/notes/{id}");

        // An update needs no author: the note already sits on its contact.
        var authorless = await sink.PushAsync([Feedback("r1", null, existingSinkId: id)], CancellationToken.None);
        Assert.Equal(SinkOutcome.Done, authorless[0].Outcome);
    }

    [Fact]
    public async Task A_note_deleted_in_HubSpot_is_created_again()
    {
        await using var harness = await SinkHarness.StartAsync();
        var (sink, _) = harness.CreateSink();
        var created = await sink.PushAsync([Feedback("r1", Person(1))], CancellationToken.None);
        harness.HubSpot.Store.Reset();

        var again = await sink.PushAsync([Feedback("r1", Person(1), existingSinkId: created[0].SinkId)], CancellationToken.None);

        Assert.Equal(SinkOutcome.Done, again[0].Outcome);
        Assert.Equal(Assert.Single(harness.HubSpot.Notes).Id, again[0].SinkId);
    }
}
