using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Plugins.Meta.Client;
using Connectors.Plugins.Meta.Mapping;
using Connectors.PluginSdk.Sources;

namespace Connectors.Plugins.Meta.Webhooks;

/// <summary>
/// Turns a verified delivery into records: <c>whatsapp_business_account</c> changes, or <c>page</c> / <c>instagram</c>
/// messaging events, of this connector's number, Page or account. Entries of other accounts, and deliveries of the
/// other objects, are reported as problems (the app's callback may serve several); statuses store nothing.
/// </summary>
internal sealed class WebhookParser(MetaOptions options)
{
    public SourceBatch Parse(WebhookRequest request)
    {
        var builder = new SourceBatchBuilder(CustomerMerges.FullestWins);
        try
        {
            using var doc = JsonDocument.Parse(request.Body);
            var root = doc.RootElement;
            var expected = options.Kind switch
            {
                MetaChannelKind.WhatsApp => "whatsapp_business_account",
                MetaChannelKind.Instagram => "instagram",
                _ => "page",
            };
            var type = root.Text("object");
            if (type != expected)
            {
                builder.AddProblem(new SourceProblem($"webhook object '{type}'", $"this connector reads {options.Channel} ({expected} webhooks); subscribe its callback URL to that object only"));
                return builder.Build(null);
            }

            foreach (var entry in root.Items("entry"))
            {
                foreach (var message in options.Kind == MetaChannelKind.WhatsApp ? WhatsAppEvents.Read(entry, options, builder) : MessagingEvents.Read(entry, options, builder))
                {
                    var (customer, feedback, record) = MessageMapper.Map(message, options.ChannelName);
                    builder.Add(customer, feedback, record);
                }
            }
        }
        catch (JsonException ex)
        {
            builder.AddProblem(new SourceProblem("webhook", $"the body is not the JSON Meta sends: {ex.Message}"));
        }

        return builder.Build(null);
    }
}
