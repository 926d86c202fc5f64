using Connectors.EndToEnd.Tests.Support;

namespace Connectors.EndToEnd.Tests;

/// <summary>The README's first command: the sandbox demo, from a fresh copy of the repository's samples.</summary>
public sealed class DemoTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task The_demo_runs_every_connector_against_the_emulators_and_leaves_the_database()
    {
        SampleCopy.Into(Path.Combine(_dir.Path, "samples"));

        var demo = await HostProcess.RunAsync(_dir.Path, ["demo", "--customers", "150"]);

        Assert.True(demo.ExitCode == 0, demo.ToString());
        Assert.Contains("Sandbox emulators on http://127.0.0.1:", demo.Stdout, StringComparison.Ordinal);
        Assert.Contains("Sync summary", demo.Stdout, StringComparison.Ordinal);
        var db = Path.Combine(_dir.Path, "samples", "data", "demo.db");
        Assert.Equal(150, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM customer_sources WHERE source_instance = 'shop'"));
        Assert.True(StoreQueries.Scalar(db, "SELECT COUNT(*) FROM feedback WHERE kind = 'order_note'") > 0, "order notes became feedback");
        Assert.Equal(65, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM feedback WHERE channel = 'survey'"));

        // The Amazon seller of the same sandbox: order buyers, seller feedback and returns from its reports, and people
        // who bought in the shop and on Amazon (the emulators share their people) become one customer.
        Assert.True(StoreQueries.Scalar(db, "SELECT COUNT(*) FROM customer_sources WHERE source_instance = 'amazon'") > 0, "Amazon buyers were stored");
        Assert.True(StoreQueries.Scalar(db, "SELECT SUM(records_read) FROM sync_runs WHERE connector = 'amazon' AND stream = 'orders'") > 0, "Amazon orders were read");
        Assert.True(StoreQueries.Scalar(db, "SELECT COUNT(*) FROM feedback WHERE source_instance = 'amazon' AND kind = 'seller_feedback'") > 0, "seller feedback was stored");
        Assert.True(StoreQueries.Scalar(db, "SELECT COUNT(*) FROM feedback WHERE source_instance = 'amazon' AND kind = 'return_reason'") > 0, "returns were stored");
        var joined = StoreQueries.Scalar(db,
            "SELECT COUNT(*) FROM customers c WHERE EXISTS (SELECT 1 FROM customer_sources s WHERE s.customer_id = c.id AND s.source_instance = 'shop') " +
            "AND EXISTS (SELECT 1 FROM customer_sources s WHERE s.customer_id = c.id AND s.source_instance = 'amazon')");
        Assert.True(joined >= 1, $"{joined} customers are both a Shopify customer and an Amazon buyer");
        Assert.Equal(0, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM sync_runs WHERE status <> 'succeeded'"));

        // Trustpilot reviews of the same people: an invited review joins the shop's customer, and the reply route
        // answers the one-star reviews on Trustpilot, each once.
        var reviewers = StoreQueries.Scalar(db,
            "SELECT COUNT(*) FROM customers c WHERE EXISTS (SELECT 1 FROM customer_sources s WHERE s.customer_id = c.id AND s.source_instance = 'shop') " +
            "AND EXISTS (SELECT 1 FROM customer_sources s WHERE s.customer_id = c.id AND s.source_instance = 'trustpilot')");
        Assert.True(reviewers >= 1, $"{reviewers} customers are both a Shopify customer and a Trustpilot reviewer");
        var oneStar = StoreQueries.Scalar(db, "SELECT COUNT(*) FROM feedback WHERE source_instance = 'trustpilot' AND rating = 0 AND reply_state = 'Unanswered'");
        Assert.True(oneStar > 0, "one-star reviews to answer");
        Assert.Equal(oneStar, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM replies WHERE connector = 'trustpilot' AND posted_at IS NOT NULL"));
        Assert.Contains($"Trustpilot now shows {oneStar} replies posted by the route answer-one-star-reviews", demo.Stdout, StringComparison.Ordinal);

        // WhatsApp conversations arrive as signed webhooks at the demo's own web endpoint; a person who bought in the
        // shop, reviewed on Trustpilot and wrote on WhatsApp is one customer; the newest message is answered once.
        Assert.Contains("WhatsApp: Meta checked the webhook URL (verified)", demo.Stdout, StringComparison.Ordinal);
        Assert.True(StoreQueries.Scalar(db, "SELECT COUNT(*) FROM messages WHERE source_instance = 'whatsapp' AND direction = 'Inbound'") > 0, "WhatsApp messages were stored");
        var everywhere = StoreQueries.Scalar(db,
            "SELECT COUNT(*) FROM customers c WHERE EXISTS (SELECT 1 FROM customer_sources s WHERE s.customer_id = c.id AND s.source_instance = 'shop') " +
            "AND EXISTS (SELECT 1 FROM customer_sources s WHERE s.customer_id = c.id AND s.source_instance = 'trustpilot') " +
            "AND EXISTS (SELECT 1 FROM customer_sources s WHERE s.customer_id = c.id AND s.source_instance = 'whatsapp')");
        Assert.True(everywhere >= 1, $"{everywhere} customers are a Shopify customer, a Trustpilot reviewer and a WhatsApp contact");
        Assert.Contains("One customer across channels", demo.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM replies WHERE connector = 'whatsapp' AND posted_at IS NOT NULL"));
        Assert.Contains("posted in the thread; WhatsApp took 1 message(s)", demo.Stdout, StringComparison.Ordinal);

        // The alert rules fire on the sample exports (damaged goods rising, CSAT under its floor), reach the webhook
        // receiver signed, and the report follows.
        Assert.Contains("Alert rules as of 2026-11-21", demo.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM alerts"));
        Assert.Equal(2, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM outbox_items WHERE sink = 'ops-alerts' AND status = 'done'"));
        Assert.Contains("The webhook receiver got 2 signed alert deliveries", demo.Stdout, StringComparison.Ordinal);
        Assert.Contains("signature verified: True", demo.Stdout, StringComparison.Ordinal);
        Assert.Contains("VoC report 2026-10-22 to 2026-11-20", demo.Stdout, StringComparison.Ordinal);
        Assert.Contains("Top negative topics", demo.Stdout, StringComparison.Ordinal);

        // The demo's closing hint works as printed, with the emulators gone and their address unset.
        Assert.Contains("status -c samples/demo.json", demo.Stdout, StringComparison.Ordinal);
        var status = await HostProcess.RunAsync(_dir.Path, ["status", "-c", "samples/demo.json"]);
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains("Store: ", status.Stdout, StringComparison.Ordinal);
    }
}
