using System.Text.Json.Nodes;
using Connectors.Abstractions;
using Connectors.Plugins.Meta.Client;

namespace Connectors.Plugins.Meta.Replies;

/// <summary>
/// Answers on Messenger and Instagram with <c>POST /{account}/messages</c>: <c>messaging_type RESPONSE</c> within 24
/// hours of the customer's last message, <c>MESSAGE_TAG</c> + <c>HUMAN_AGENT</c> up to 7 days; later is refused for
/// good. Before sending, the thread's history is read: a reply whose answer was lost is found there, not sent twice.
/// </summary>
internal sealed class MessagingReplies(GraphClient graph, MetaOptions options, TimeProvider time)
{
    private static readonly TimeSpan StandardWindow = TimeSpan.FromHours(24);
    private static readonly TimeSpan HumanAgentWindow = TimeSpan.FromDays(7);

    /// <summary>Looks in the thread first; sends only when the same answer is not there yet.</summary>
    public async Task<string> PostOnceAsync(string customerId, string answeredId, string text, CancellationToken cancellationToken)
    {
        var history = await ThreadHistory.ReadAsync(graph, options, customerId, cancellationToken);
        return history.AlreadySent(options.AccountId, answeredId, text)
            ?? await SendAsync(customerId, text, history.LastInbound(customerId), cancellationToken);
    }

    /// <summary>Sends inside the window the customer's last message opened (tried, when it is not known).</summary>
    public async Task<string> SendAsync(string customerId, string text, DateTimeOffset? lastInbound, CancellationToken cancellationToken)
    {
        var age = lastInbound is { } last ? time.GetUtcNow() - last : (TimeSpan?)null;
        if (age > HumanAgentWindow)
        {
            throw Refused(lastInbound, null);
        }

        var humanAgent = age > StandardWindow;
        try
        {
            return await PostAsync(customerId, text, humanAgent, cancellationToken);
        }
        catch (GraphApiException ex) when (ex.Error?.OutsideWindow == true && !humanAgent)
        {
            try
            {
                return await PostAsync(customerId, text, humanAgent: true, cancellationToken);
            }
            catch (GraphApiException again) when (again.Error?.OutsideWindow == true)
            {
                throw Refused(lastInbound, again);
            }
        }
        catch (GraphApiException ex) when (ex.Error?.OutsideWindow == true)
        {
            throw Refused(lastInbound, ex);
        }
        catch (GraphApiException ex) when (ex.Error is { Code: 100, Subcode: 2018001 } or { Code: 551 })
        {
            throw new ReplyRefusedException($"{options.Channel} has no thread with {customerId} any more (the person is unavailable or blocked the {Account}): {ex.Error}", ex);
        }
    }

    private string Account => options.Kind == MetaChannelKind.Instagram ? "account" : "Page";

    private async Task<string> PostAsync(string customerId, string text, bool humanAgent, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["recipient"] = new JsonObject { ["id"] = customerId },
            ["messaging_type"] = humanAgent ? "MESSAGE_TAG" : "RESPONSE",
            ["message"] = new JsonObject { ["text"] = text },
        };
        if (humanAgent)
        {
            body["tag"] = "HUMAN_AGENT";
        }

        using var answer = await graph.PostAsync($"{options.AccountId}/messages", body.ToJsonString(), cancellationToken);
        return answer.RootElement.Text("message_id") ?? throw new GraphApiException($"{options.AccountId}/messages answered without a message_id; the send may have gone out");
    }

    private ReplyRefusedException Refused(DateTimeOffset? lastInbound, GraphApiException? inner)
    {
        var since = lastInbound is { } at ? $"the customer last wrote at {at:u}, " : "";
        var message = $"{options.Channel} refused the reply: it is outside the messaging window ({since}the 24-hour window for RESPONSE and the 7-day HUMAN_AGENT window are closed); "
            + "only the customer writing again reopens it" + (inner?.Error is { } e ? $" ({e})" : "");
        return inner is null ? new ReplyRefusedException(message) : new ReplyRefusedException(message, inner);
    }
}
