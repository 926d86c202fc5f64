using System.CommandLine;
using System.Globalization;
using Connectors.Abstractions;
using Connectors.Host.Outbox;
using Connectors.Host.Replies;
using Connectors.Host.Routing.Templates;
using Connectors.Host.Store;
using Connectors.Host.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary>
/// <c>reply &lt;feedback-key&gt; --text ... | --template file</c>: answers a feedback item on its own channel, posted
/// once through the outbox (asking again with the same text finds the same reply), or kept as a draft.
/// </summary>
internal static class ReplyCommand
{
    public static Command Create()
    {
        var key = new Argument<string>("feedback-key") { Description = "The feedback item (its key, as customers show and status list it: connector:source-id)" };
        var text = new Option<string?>("--text") { Description = "The answer" };
        var template = new Option<string?>("--template") { Description = "A Liquid file that renders the answer from the item, its annotations and its customer" };
        var draft = new Option<bool>("--draft") { Description = "Keep it as a draft for `replies approve` instead of posting it now" };
        var command = new Command("reply", "Answer a feedback item where it was written (a review reply, a message in the thread), once") { key, text, template, draft };
        command.SetAction(async (parse, ct) =>
        {
            var setup = CliSession.LoadSetup(parse);
            if (setup is null)
            {
                return ExitCodes.ConfigError;
            }

            var (given, file) = (parse.GetValue(text), parse.GetValue(template));
            if ((given is null) == (file is null) || given is { Length: 0 } || given?.Trim().Length == 0)
            {
                CliSession.Fail("give the answer with --text \"...\" or --template <file.liquid> (one of them, not empty)");
                return ExitCodes.ConfigError;
            }

            using var host = await CliSession.StartHostAsync(setup, HostFeatures.Pipeline, ct);
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<ConnectorsDbContext>>().CreateDbContextAsync(ct);
            var feedbackKey = parse.GetValue(key)!;
            if (await db.Feedback.AsNoTracking().FirstOrDefaultAsync(f => f.Key == feedbackKey, ct) is not { } feedback)
            {
                CliSession.Fail($"no feedback item '{feedbackKey}' in the store; keys are connector:source-id, as `customers show` lists them");
                return ExitCodes.ConfigError;
            }

            var connector = setup.Config.Find(feedback.SourceInstance);
            if (connector is null || !connector.Manifest.Capabilities.HasFlag(PluginCapabilities.Reply))
            {
                CliSession.Fail(connector is null
                    ? $"'{feedbackKey}' came from connector '{feedback.SourceInstance}', which is not in the configuration any more"
                    : $"'{feedbackKey}' came from '{connector.Name}' (plugin {connector.Manifest.Id}), which cannot post replies");
                return ExitCodes.ConfigError;
            }

            var answer = given ?? await RenderAsync(db, feedback, file!, connector.Name, ct);
            if (answer is null)
            {
                return ExitCodes.ConfigError;
            }

            var (reply, existing) = await host.Services.GetRequiredService<ReplyDesk>().AddAsync(db, feedback, answer, parse.GetValue(draft), ct);
            if (existing)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"The same reply to {feedbackKey} was asked for before (reply {reply.Id}, {ReplyDesk.StateOf(reply, await ReplyDesk.ItemOfAsync(db, reply, ct))}): nothing new is posted.");
                return ExitCodes.Ok;
            }

            if (reply.Status == ReplyStatus.Draft)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Draft reply {reply.Id} kept; post it with [bold]replies approve {reply.Id}[/].");
                return ExitCodes.Ok;
            }

            return await RepliesCommand.PostNowAsync(host, db, reply, connector.Name, ct);
        });
        return command;
    }

    private static async Task<string?> RenderAsync(ConnectorsDbContext db, FeedbackEntity feedback, string file, string connector, CancellationToken ct)
    {
        var path = Path.GetFullPath(file, Directory.GetCurrentDirectory());
        if (!File.Exists(path))
        {
            CliSession.Fail($"template file not found at {path}");
            return null;
        }

        var errors = new List<string>();
        if (RouteTemplate.Load(path, TemplateSamples.Feedback, errors) is not { } template)
        {
            errors.ForEach(CliSession.Fail);
            return null;
        }

        var model = await StoredFeedbackModel.BuildAsync(db, feedback, await StoredFeedbackModel.AuthorAsync(db, feedback, ct), "cli", connector, null, $"{connector}:reply", ct);
        return await ReplyTexts.RenderAsync(template, model);
    }
}
