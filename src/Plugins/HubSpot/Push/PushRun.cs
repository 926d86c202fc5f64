using Connectors.Abstractions;
using Connectors.Plugins.HubSpot.Accounts;
using Connectors.Plugins.HubSpot.Client;
using Connectors.Plugins.HubSpot.Mapping;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.HubSpot.Push;

/// <summary>
/// One push of a batch: the custom properties (once per process), one contacts upsert for every customer and feedback
/// author in the batch, updates of notes pushed before, then one batch create of the new notes on their authors'
/// contacts. A refused token or a spent limit stops the run: what is left gets the same result.
/// </summary>
internal sealed class PushRun(HubSpotClient client, HubSpotOptions options, PropertySetup setup, TimeProvider time, ILogger logger)
{
    public const string NoEmail = "customer has no email; HubSpot contacts are matched by email";
    public const string NoAuthor = "feedback has no author; a HubSpot note needs a contact to sit on";
    public const string AuthorWithoutEmail = "the feedback's author has no email; HubSpot contacts are matched by email";
    public const string Empty = "the item has neither a customer nor feedback";

    private readonly Dictionary<string, SinkItemResult> _results = new(StringComparer.Ordinal);

    /// <summary>The failure that stopped the run (a refused token or a spent limit), if one did.</summary>
    public PushFailure? Stopped { get; private set; }

    public async Task<IReadOnlyList<SinkItemResult>> RunAsync(IReadOnlyList<SinkItem> batch, CancellationToken ct)
    {
        if (client.Pacer.DailyExhaustedUntil is { } until)
        {
            Stop(new PushFailure(SinkOutcome.Retry, "HubSpot's daily API limit is spent; waiting for the next day", until - time.GetUtcNow(), StopsRun: true));
            return Finish(batch);
        }

        if (await setup.EnsureAsync(client, options.NotePropertyName, time, logger, ct) is { } setupFailure)
        {
            Stop(setupFailure);
            return Finish(batch);
        }

        var (contacts, customers, feedback) = Plan(batch);
        var outcomes = contacts.Count > 0 ? await new ContactUpserter(client, time).UpsertAsync([.. contacts.Values], ct) : [];
        Stopped = outcomes.Values.Select(o => o.Failure).FirstOrDefault(f => f?.StopsRun == true);
        foreach (var (item, email) in customers)
        {
            Set(item.IdempotencyKey, outcomes[email], null);
        }

        await PushNotesAsync(feedback, outcomes, ct);
        return Finish(batch);
    }

    private (Dictionary<string, ContactInput> Contacts, List<(SinkItem, string)> Customers, List<(SinkItem, string?)> Feedback) Plan(IReadOnlyList<SinkItem> batch)
    {
        var contacts = new Dictionary<string, ContactInput>(StringComparer.Ordinal);
        var customers = new List<(SinkItem, string)>();
        var feedback = new List<(SinkItem, string?)>();
        foreach (var item in batch)
        {
            var email = Emails.Normalize(item.Customer?.Email);
            if (email is not null)
            {
                // One input per email (HubSpot refuses duplicate ids in a batch); a customer item's own record wins over an author copy.
                var input = new ContactInput(email, ContactProperties.From(item.Customer!, email));
                if (item.Feedback is null)
                {
                    contacts[email] = input;
                }
                else
                {
                    contacts.TryAdd(email, input);
                }
            }

            if (item.Feedback is not null)
            {
                // A note pushed before can be updated without its author; a new one needs the author's contact.
                if (email is null && item.ExistingSinkId is null)
                {
                    _results[item.IdempotencyKey] = SinkItemResult.Failed(item.IdempotencyKey, item.Customer is null ? NoAuthor : AuthorWithoutEmail);
                }
                else
                {
                    feedback.Add((item, email));
                }
            }
            else if (item.Customer is not null)
            {
                if (email is null)
                {
                    _results[item.IdempotencyKey] = SinkItemResult.Failed(item.IdempotencyKey, NoEmail);
                }
                else
                {
                    customers.Add((item, email));
                }
            }
            else
            {
                _results[item.IdempotencyKey] = SinkItemResult.Failed(item.IdempotencyKey, Empty);
            }
        }

        return (contacts, customers, feedback);
    }

    private async Task PushNotesAsync(List<(SinkItem Item, string? Email)> feedback, Dictionary<string, ItemOutcome> contacts, CancellationToken ct)
    {
        var writer = new NoteWriter(client, options.NotePropertyName, time);
        var creates = new List<NoteJob>();
        foreach (var (item, email) in feedback)
        {
            var contact = email is null ? null : contacts[email];
            var job = new NoteJob(item.IdempotencyKey, contact?.Id, NoteContent.Properties(item.Feedback!, item.Content, item.IdempotencyKey, options.NotePropertyName));
            if (item.ExistingSinkId is { } noteId)
            {
                if (Stopped is not null)
                {
                    _results[item.IdempotencyKey] = Stopped.For(item.IdempotencyKey);
                    continue;
                }

                if (await writer.UpdateAsync(noteId, job, ct) is { } updated)
                {
                    Set(item.IdempotencyKey, updated, null);
                    Stopped ??= updated.Failure?.StopsRun == true ? updated.Failure : null;
                    continue;
                }

                logger.LogInformation("HubSpot no longer has note {NoteId}; creating it again", noteId);
            }

            if (contact is null)
            {
                _results[item.IdempotencyKey] = SinkItemResult.Failed(item.IdempotencyKey, item.Customer is null ? NoAuthor : AuthorWithoutEmail);
            }
            else if (contact.Failure is not null)
            {
                Set(item.IdempotencyKey, contact, "the author's contact: ");
            }
            else
            {
                creates.Add(job);
            }
        }

        if (creates.Count == 0)
        {
            return;
        }

        var notes = Stopped is null ? await writer.CreateAsync(creates, ct) : creates.ToDictionary(j => j.Key, _ => ItemOutcome.Fail(Stopped));
        foreach (var job in creates)
        {
            Set(job.Key, notes[job.Key], null);
        }

        Stopped ??= notes.Values.Select(o => o.Failure).FirstOrDefault(f => f?.StopsRun == true);
    }

    private void Set(string key, ItemOutcome outcome, string? prefix)
    {
        _results[key] = outcome.Failure is { } failure
            ? (failure with { Error = prefix + failure.Error }).For(key)
            : SinkItemResult.Done(key, outcome.Id!);
    }

    private void Stop(PushFailure failure) => Stopped = failure;

    private List<SinkItemResult> Finish(IReadOnlyList<SinkItem> batch) =>
        [.. batch.Select(i => _results.GetValueOrDefault(i.IdempotencyKey)
            ?? Stopped?.For(i.IdempotencyKey)
            ?? SinkItemResult.Retry(i.IdempotencyKey, "the HubSpot sink produced no result for this item"))];
}
