using Connectors.Plugins.Webhook.Formats;
using Connectors.Plugins.Webhook.Templates;

namespace Connectors.Plugins.Webhook.Push;

/// <summary>Makes an item's body: the <c>bodyTemplate</c> when there is one (its output must be JSON), else the chosen format.</summary>
internal sealed class BodyRenderer(WebhookOptions options)
{
    private const int ShownChars = 200;

    private readonly BodyTemplate? _template = options.BodyTemplate is { } source ? new BodyTemplate(source) : null;

    public async ValueTask<RenderedBody> RenderAsync(DeliveryItem delivery)
    {
        if (_template is null)
        {
            return RenderedBody.Of(options.Format switch
            {
                WebhookFormat.Slack => SlackMessage.Serialize(MessageParts.For(delivery.Item)),
                WebhookFormat.Teams => TeamsCard.Serialize(MessageParts.For(delivery.Item)),
                _ => JsonEnvelope.Serialize(delivery),
            });
        }

        string output;
        try
        {
            output = (await _template.RenderAsync(TemplateModel.For(delivery))).Trim();
        }
#pragma warning disable CA1031 // Whatever the template trips over fails this item for good, with the reason, not the batch.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return RenderedBody.Failed($"bodyTemplate failed to render this {delivery.Kind} item: {ex.Message}; fix the template, then replay the dead letters");
        }

        return WebhookJson.Problem(output) is { } problem
            ? RenderedBody.Failed(
                $"bodyTemplate rendered a body that is not JSON ({problem}); it begins: {TextLimits.Shorten(output, ShownChars)} -- " +
                "write values with the json filter ({{ feedback.text | json }}), then replay the dead letters")
            : RenderedBody.Of(output);
    }
}
