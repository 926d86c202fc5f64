using System.Runtime.CompilerServices;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Plugins.Meta.Client;
using Connectors.Plugins.Meta.Mapping;
using Connectors.PluginSdk.Sources;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Meta.Streams;

/// <summary>
/// <c>conversations</c>: the Page's (or Instagram account's) conversations through Graph, newest first and paged by
/// cursor only (Graph has no "updated since"), read until one updated before the last pass's newest; each conversation's
/// messages since then, newest first (Instagram serves only its 20 most recent). This backfills and heals the gaps
/// webhooks left. WhatsApp has no history API: the stream reads nothing there.
/// </summary>
internal sealed class ConversationsStream(GraphClient graph, MetaOptions options, TimeProvider time, ILogger logger)
{
    public const string StreamName = "conversations";

    private const int MessagesPerPage = 50;

    public async IAsyncEnumerable<SourceBatch> RunAsync(ConversationsCheckpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (options.Kind == MetaChannelKind.WhatsApp)
        {
            logger.LogInformation("WhatsApp has no API to read conversations back: the {Stream} stream of a WhatsApp connector reads nothing; messages come by webhook only", StreamName);
            yield break;
        }

        var pass = checkpoint.Pass ?? new HistoryPass { StopBefore = checkpoint.Through ?? time.GetUtcNow().AddDays(-options.BackfillDays), Newest = checkpoint.Through };
        var builder = new SourceBatchBuilder(CustomerMerges.FullestWins);
        var after = checkpoint.Pass?.After;
        while (true)
        {
            using var page = await graph.GetAsync(ConversationsPath(after), cancellationToken);
            var root = page.RootElement;
            var newest = pass.Newest;
            var reachedOlder = false;
            foreach (var conversation in root.Items("data"))
            {
                if (conversation.Time("updated_time") is not { } updated)
                {
                    continue;
                }

                if (updated < pass.StopBefore)
                {
                    reachedOlder = true;
                    break;
                }

                newest = newest is { } n && n >= updated ? n : updated;
                await AddConversationAsync(conversation, pass.StopBefore, builder, cancellationToken);
            }

            var next = root.Object("paging")?.Text("next") is not null ? root.Object("paging")?.Object("cursors")?.Text("after") : null;
            if (reachedOlder || next is null)
            {
                if (!builder.IsEmpty || checkpoint.Pass is not null || newest != checkpoint.Through)
                {
                    yield return builder.Build(ConversationsCheckpoint.Finished(newest));
                }

                yield break;
            }

            pass = new HistoryPass { StopBefore = pass.StopBefore, After = next, Newest = newest };
            after = next;
            yield return builder.Build(checkpoint.InPass(pass));
        }
    }

    private async Task AddConversationAsync(JsonElement conversation, DateTimeOffset stopBefore, SourceBatchBuilder builder, CancellationToken cancellationToken)
    {
        if (HistoryMessages.Customer(conversation, options.AccountId) is not var (customerId, name))
        {
            builder.AddProblem(new SourceProblem($"conversation {conversation.Text("id")}", "it lists no participant besides this Page or account; passed over"));
            return;
        }

        var customer = MetaKeys.ScopedCustomer(options.ChannelName, customerId, name ?? customerId);
        builder.Add(customer);
        var messages = conversation.Object("messages");
        while (messages is { } current)
        {
            foreach (var m in current.Items("data"))
            {
                if (HistoryMessages.Message(m, customerId, customer) is not { } message)
                {
                    continue;
                }

                if (message.At < stopBefore)
                {
                    return;
                }

                var (_, feedback, record) = MessageMapper.Map(message, options.ChannelName);
                builder.Add(feedback: feedback, message: record);
            }

            if (current.Object("paging") is not { } paging || paging.Text("next") is null || paging.Object("cursors")?.Text("after") is not { } cursor)
            {
                return;
            }

            // Asked afresh rather than by the next link, whose fields are the conversation list's.
            using var more = await graph.GetAsync(
                $"{conversation.Text("id")}/messages?fields=id,created_time,from,message,attachments&limit={MessagesPerPage}&after={Uri.EscapeDataString(cursor)}", cancellationToken);
            messages = more.RootElement.Clone();
        }
    }

    private string ConversationsPath(string? after)
    {
        var platform = options.Kind == MetaChannelKind.Instagram ? "instagram" : "messenger";
        var fields = Uri.EscapeDataString($"id,updated_time,participants,messages.limit({MessagesPerPage}){{id,created_time,from,message,attachments}}");
        var path = $"{options.AccountId}/conversations?platform={platform}&fields={fields}&limit={options.PageSize}";
        return after is null ? path : path + "&after=" + Uri.EscapeDataString(after);
    }
}
