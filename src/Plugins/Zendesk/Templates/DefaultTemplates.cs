namespace Connectors.Plugins.Zendesk.Templates;

/// <summary>The subject and body used when the options set none: what an agent needs to act without leaving Zendesk.</summary>
public static class DefaultTemplates
{
    /// <summary>For example <c>1★ review from Jane Doe on trustpilot</c> or <c>NPS 3/10 (detractor) survey answer from ...</c>.</summary>
    public const string Subject =
        "{% if feedback.rating_stars %}{{ feedback.rating_stars }}★ {% elsif feedback.rating_label %}{{ feedback.rating_label }} {% endif %}{{ feedback.kind_label }} from "
        + "{{ customer.name | default: customer.email | default: \"a customer\" }} on {{ feedback.channel }}"
        + "{% if feedback.title %}: {{ feedback.title }}{% endif %}";

    /// <summary>The customer's text, then the facts (rating, order, customer, time) and the link back to the source.</summary>
    public const string Body =
        "{{ feedback.text | default: \"(no text)\" }}\n"
        + "\n"
        + "---\n"
        + "{{ feedback.kind_label | capitalize }} on {{ feedback.channel }}"
        + "{% if feedback.rating_raw != nil %}, rated {{ feedback.rating_raw }} ({{ feedback.rating_scale }}){% endif %}\n"
        + "{% if feedback.order_id %}Order: {{ feedback.order_id }}\n{% endif %}"
        + "{% if feedback.product_id %}Product: {{ feedback.product_id }}\n{% endif %}"
        + "{% if customer %}Customer: {{ customer.name | default: \"(no name)\" }}"
        + "{% if customer.email %} <{{ customer.email }}>{% endif %}{% if customer.phone %}, {{ customer.phone }}{% endif %}\n{% endif %}"
        + "Written: {{ feedback.occurred_at }}\n"
        + "{% if feedback.url %}Source: {{ feedback.url }}{% endif %}";
}
