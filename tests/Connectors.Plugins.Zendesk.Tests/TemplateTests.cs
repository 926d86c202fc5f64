using Connectors.Abstractions;
using Connectors.Plugins.Zendesk.Templates;

namespace Connectors.Plugins.Zendesk.Tests;

public sealed class TemplateTests
{
    private static readonly TicketTemplates Defaults = new(DefaultTemplates.Subject, DefaultTemplates.Body);

    [Fact]
    public async Task The_default_subject_names_stars_kind_customer_and_channel()
    {
        var item = Items.Feedback(Items.Review("r1", 1, "Broken"), Items.Customer(7, name: "Jane Doe"));

        Assert.Equal("1★ review from Jane Doe on trustpilot", await Defaults.SubjectAsync(TemplateModel.For(item, "urgent")));
    }

    [Fact]
    public async Task The_default_subject_falls_back_to_email_then_to_a_customer_and_skips_missing_stars()
    {
        var noName = Items.Feedback(Items.Message("m1", "hi"), Items.Customer(7, email: "jo@example.com", name: ""));
        var nobody = Items.Feedback(Items.Review("r1", 2, "x") with { Kind = FeedbackKinds.SellerFeedback, Title = "Late" }, null);

        Assert.Equal("message from jo@example.com on whatsapp", await Defaults.SubjectAsync(TemplateModel.For(noName, "normal")));
        Assert.Equal("2★ seller feedback from a customer on trustpilot: Late", await Defaults.SubjectAsync(TemplateModel.For(nobody, "normal")));
    }

    [Fact]
    public async Task The_default_body_holds_the_text_rating_order_customer_time_and_link()
    {
        var item = Items.Feedback(Items.Review("r1", 1, "Arrived broken.\nNobody answers.", orderId: "#1001"), Items.Customer(7, name: "Jane Doe", phone: "+4915112345678"));

        var body = await Defaults.BodyAsync(TemplateModel.For(item, "urgent"));

        Assert.Equal(
            """
            Arrived broken.
            Nobody answers.

            ---
            Review on trustpilot, rated 1 (stars 1-5)
            Order: #1001
            Customer: Jane Doe <customer7@example.com>, +4915112345678
            Written: 2025-05-30 09:15 UTC
            Source: https://www.trustpilot.com/reviews/r1
            """.ReplaceLineEndings("\n"),
            body);
    }

    [Fact]
    public async Task Custom_templates_see_every_documented_variable()
    {
        var templates = new TicketTemplates(
            "{{ feedback.kind }}",
            "{{ feedback.source_id }}|{{ feedback.rating }}|{{ feedback.rating_stars }}|{{ feedback.rating_scale }}|{{ feedback.language }}|"
            + "{{ customer.id }}|{{ customer.channel }}|{{ item.priority }}|{{ item.idempotency_key }}|{{ feedback.reply_state }}");
        var feedback = Items.Review("s1", 1, "x") with { Rating = Rating.FromScale(2, RatingScale.Nps0To10), Language = "de", ReplyState = ReplyState.Unanswered };

        var body = await templates.BodyAsync(TemplateModel.For(Items.Feedback(feedback, Items.Customer(9)), "high"));

        Assert.Equal("s1|0.2||NPS 0-10|de|9|connectors|high|helpdesk:feedback:trustpilot-eu:s1|unanswered", body);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_refused_at_construction()
    {
        var error = Assert.Throws<ArgumentException>(() => new TicketTemplates("{{ x", "ok"));

        Assert.StartsWith("subjectTemplate is not a valid Liquid template", error.Message, StringComparison.Ordinal);
    }
}
