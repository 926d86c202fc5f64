using System.CommandLine;
using System.Globalization;
using Connectors.Host.Outbox;
using Connectors.Host.Replies;
using Connectors.Host.Store;
using Connectors.Host.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary><c>replies [--state s]</c>, <c>replies approve &lt;id&gt;</c>, <c>replies discard &lt;id&gt;</c>: the replies, the drafts routes wrote, and the operator's decisions on them.</summary>
internal static class RepliesCommand
{
    public static Command Create()
    {
        var state = new Option<string?>("--state") { Description = "Only replies in this state: draft, queued, retrying, posted, refused, skipped, discarded" };
        var limit = new Option<int>("--limit") { Description = "How many of the latest replies to list", DefaultValueFactory = _ => 30 };
        var command = new Command("replies", "List replies and drafts (rendered), with where each stands") { state, limit, CreateApprove(), CreateDiscard() };
        command.SetAction(async (parse, ct) =>
        {
            var setup = CliSession.LoadSetup(parse);
            if (setup is null)
            {
                return ExitCodes.ConfigError;
            }

            using var host = await CliSession.StartHostAsync(setup, HostFeatures.Pipeline, ct);
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<ConnectorsDbContext>>().CreateDbContextAsync(ct);
            var texts = host.Services.GetRequiredService<ReplyTexts>();
            var wanted = parse.GetValue(state);
            var table = new Table().Title("Replies").AddColumns("Id", "Feedback", "Via", "From", "State", "Text", "Reason");
            var wantedCount = Math.Max(1, parse.GetValue(limit));
            var shown = 0;
            // Newest first, a page at a time, until enough replies in the wanted state are shown: the state comes from
            // each reply's outbox item, so it cannot be filtered in the query, and no older match may be cut off.
            for (long below = long.MaxValue; shown < wantedCount;)
            {
                var page = await db.Replies.AsNoTracking().Where(r => r.Id < below).OrderByDescending(r => r.Id).Take(200).ToListAsync(ct);
                if (page.Count == 0)
                {
                    break;
                }

                below = page[^1].Id;
                var keys = page.Select(r => ReplyKeys.IdempotencyKey(r.Connector, $"{r.Id}")).ToList();
                var items = await db.Outbox.AsNoTracking().Where(o => keys.Contains(o.IdempotencyKey)).ToDictionaryAsync(o => o.IdempotencyKey, ct);
                foreach (var reply in page)
                {
                    var item = items.GetValueOrDefault(ReplyKeys.IdempotencyKey(reply.Connector, $"{reply.Id}"));
                    var at = ReplyDesk.StateOf(reply, item);
                    if (wanted is not null && !string.Equals(wanted, at, StringComparison.OrdinalIgnoreCase) || shown >= wantedCount)
                    {
                        continue;
                    }

                    var text = await TextAsync(db, texts, reply, ct);
                    table.AddRow($"{reply.Id}", Markup.Escape(reply.FeedbackKey), Markup.Escape(reply.Connector), Markup.Escape(reply.Origin), Styled(at),
                        Markup.Escape(text.Length > 80 ? text[..77] + "..." : text), Markup.Escape(at is "refused" or "retrying" or "skipped" ? item?.LastError ?? "" : ""));
                    shown++;
                }
            }

            AnsiConsole.Write(shown == 0 ? new Text("No replies yet: `reply <feedback-key> --text ...` writes one; a route with \"reply\" drafts them.\n") : table);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Posts a just-approved reply now (the connector's due outbox work) and says how it went.</summary>
    internal static async Task<int> PostNowAsync(IHost host, ConnectorsDbContext db, ReplyEntity reply, string connector, CancellationToken ct)
    {
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(connector, ct);
        await db.Entry(reply).ReloadAsync(ct);
        var item = await ReplyDesk.ItemOfAsync(db, reply, ct);
        switch (ReplyDesk.StateOf(reply, item))
        {
            case "posted":
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Reply {reply.Id} posted to {reply.FeedbackKey} via {connector} (its id there: {reply.ChannelReplyId ?? "-"}).");
                return ExitCodes.Ok;
            case "refused":
                CliSession.Fail($"reply {reply.Id} was refused by {connector}: {item?.LastError}");
                return ExitCodes.Failed;
            default:
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Reply {reply.Id} is queued; {connector} will be tried again ({item?.LastError ?? "not yet due"}). `replies` shows where it stands.");
                return ExitCodes.Ok;
        }
    }

    private static Command CreateApprove()
    {
        var id = new Argument<long>("id") { Description = "The draft's id, as `replies` lists it" };
        var approve = new Command("approve", "Approve a draft: its text is kept as shown and it is posted now") { id };
        approve.SetAction((parse, ct) => DecideAsync(parse, parse.GetValue(id), approve: true, ct));
        return approve;
    }

    private static Command CreateDiscard()
    {
        var id = new Argument<long>("id") { Description = "The draft's id, as `replies` lists it" };
        var discard = new Command("discard", "Discard a draft: it is never posted") { id };
        discard.SetAction((parse, ct) => DecideAsync(parse, parse.GetValue(id), approve: false, ct));
        return discard;
    }

    private static async Task<int> DecideAsync(ParseResult parse, long id, bool approve, CancellationToken ct)
    {
        var setup = CliSession.LoadSetup(parse);
        if (setup is null)
        {
            return ExitCodes.ConfigError;
        }

        using var host = await CliSession.StartHostAsync(setup, HostFeatures.Pipeline, ct);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ConnectorsDbContext>>().CreateDbContextAsync(ct);
        var reply = await db.Replies.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (reply is null || reply.Status != ReplyStatus.Draft)
        {
            CliSession.Fail(reply is null ? $"no reply {id}; `replies` lists them" : $"reply {id} is {ReplyDesk.StateOf(reply, await ReplyDesk.ItemOfAsync(db, reply, ct))}, not a draft");
            return ExitCodes.ConfigError;
        }

        if (!approve)
        {
            reply.Status = ReplyStatus.Discarded;
            await db.SaveChangesAsync(ct);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Draft {id} discarded.");
            return ExitCodes.Ok;
        }

        try
        {
            await host.Services.GetRequiredService<ReplyDesk>().ApproveAsync(db, reply, ct);
        }
        catch (InvalidOperationException ex)
        {
            CliSession.Fail(ex.Message);
            return ExitCodes.ConfigError;
        }

        return await PostNowAsync(host, db, reply, reply.Connector, ct);
    }

    private static async Task<string> TextAsync(ConnectorsDbContext db, ReplyTexts texts, ReplyEntity reply, CancellationToken ct)
    {
        if (reply.Text is { } text)
        {
            return text;
        }

        var feedback = await db.Feedback.AsNoTracking().FirstOrDefaultAsync(f => f.Key == reply.FeedbackKey, ct);
        try
        {
            return feedback is null ? "(the feedback item is gone)" : await texts.TextOfAsync(db, reply, feedback, ct);
        }
        catch (InvalidOperationException ex)
        {
            return $"(cannot render: {ex.Message})";
        }
    }

    private static string Styled(string state) => state switch
    {
        "posted" => "[green]posted[/]",
        "refused" => "[red]refused[/]",
        "draft" => "[yellow]draft[/]",
        _ => state,
    };
}
