using Connectors.Host.Outbox;
using Connectors.Host.Routing.Templates;
using Connectors.Host.Store;
using Connectors.Host.Store.Entities;

namespace Connectors.Host.Replies;

/// <summary>Renders a route's draft from its reply template, with the item and its author as the store has them now.</summary>
public sealed class ReplyTexts(RouteTemplates templates)
{
    /// <summary>The draft's text: its own when it has one, else its route's template rendered now.</summary>
    /// <exception cref="InvalidOperationException">The route no longer drafts replies (the configuration changed).</exception>
    public async Task<string> TextOfAsync(ConnectorsDbContext db, ReplyEntity reply, FeedbackEntity feedback, CancellationToken ct) =>
        reply.Text ?? await TextOfAsync(db, reply, feedback, await StoredFeedbackModel.AuthorAsync(db, feedback, ct), ct);

    /// <summary>The same, with the item's author already read.</summary>
    /// <exception cref="InvalidOperationException">The route no longer drafts replies (the configuration changed).</exception>
    public async Task<string> TextOfAsync(ConnectorsDbContext db, ReplyEntity reply, FeedbackEntity feedback, CustomerEntity? author, CancellationToken ct)
    {
        if (reply.Text is { } text)
        {
            return text;
        }

        var template = templates.ForReply(reply.Route)
            ?? throw new InvalidOperationException($"route '{reply.Route}' has no reply template in the configuration any more; write the reply with `reply {feedback.Key} --text ...`");
        var model = await StoredFeedbackModel.BuildAsync(db, feedback, author, reply.Route!, reply.Connector, null, ReplyKeys.IdempotencyKey(reply.Connector, $"{reply.Id}"), ct);
        return await RenderAsync(template, model);
    }

    /// <summary>A reply's text from a template: its output, trimmed (a reply has no subject).</summary>
    public static async Task<string> RenderAsync(RouteTemplate template, IReadOnlyDictionary<string, object?> model) =>
        (await template.RenderAsync(model)).Body.Trim();
}
