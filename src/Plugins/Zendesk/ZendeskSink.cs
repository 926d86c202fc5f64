using Connectors.Abstractions;
using Connectors.Plugins.Zendesk.Client;
using Connectors.Plugins.Zendesk.Pacing;
using Connectors.Plugins.Zendesk.Push;
using Connectors.Plugins.Zendesk.Templates;

namespace Connectors.Plugins.Zendesk;

/// <summary>
/// Pushes feedback to Zendesk Support as tickets on the right requester, and customers as users. Every item gets
/// its own result: a rejected item fails alone, a 429 hands the rest of the batch back to the outbox with Zendesk's
/// <c>Retry-After</c>.
/// </summary>
public sealed class ZendeskSink : ISinkConnector
{
    private readonly ZendeskOptions _options;
    private readonly ZendeskApi _api;
    private readonly FeedbackPusher _feedback;

    /// <summary>Creates the sink for one connector instance, drawing on the account's shared request budget.</summary>
    /// <exception cref="InvalidOperationException">The options are not <see cref="ZendeskOptions"/>.</exception>
    public ZendeskSink(IConnectorContext context, RequestBudget budget)
    {
        _options = context.GetOptions<ZendeskOptions>();
        _api = new ZendeskApi(new ZendeskClient(context.HttpClient, _options, budget, context.TimeProvider));
        _feedback = new FeedbackPusher(_api, new TicketTemplates(_options.SubjectTemplate, _options.BodyTemplate), _options, context.ConnectorName);

        // The dispatcher's permit is per push; the real pacing is per request, in the shared budget.
        Limits = new SinkLimits(_options.BatchSize, _options.RequestsPerMinute, TimeSpan.FromMinutes(1));
    }

    /// <inheritdoc />
    public SinkLimits Limits { get; }

    /// <inheritdoc />
    public async Task<CheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            var me = await _api.MeAsync(cancellationToken);
            if (me.Id is null || me.Role is "end-user")
            {
                return CheckResult.Failure(
                    $"{_options.BaseAddress} answered, but {_options.Email} is not an agent there; use the API token of an agent or admin");
            }

            return CheckResult.Success($"connected to {_options.BaseAddress} as {me.Name} <{me.Email}> ({me.Role})");
        }
        catch (ZendeskException failure)
        {
            return CheckResult.Failure(failure.Message);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SinkItemResult>> PushAsync(IReadOnlyList<SinkItem> batch, CancellationToken cancellationToken)
    {
        var users = new UserUpserts(_api);
        var results = new List<SinkItemResult>(batch.Count);
        foreach (var item in batch)
        {
            results.Add(await PushAsync(item, users, cancellationToken));
        }

        return results;
    }

    private async Task<SinkItemResult> PushAsync(SinkItem item, UserUpserts users, CancellationToken ct)
    {
        try
        {
            if (item.Feedback is not null)
            {
                var ticket = await _feedback.PushAsync(item, users, ct);
                return SinkItemResult.Done(item.IdempotencyKey, ticket.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (item.Customer is not null)
            {
                var user = await users.UpsertAsync(item.Customer, ct);
                return SinkItemResult.Done(item.IdempotencyKey, user.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return SinkItemResult.Failed(item.IdempotencyKey, "the item holds neither a customer nor a feedback record");
        }
        catch (ZendeskException failure)
        {
            return failure.ToResult(item.IdempotencyKey);
        }
    }
}
