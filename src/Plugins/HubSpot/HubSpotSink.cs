using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Plugins.HubSpot.Accounts;
using Connectors.Plugins.HubSpot.Client;
using Connectors.Plugins.HubSpot.Push;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.HubSpot;

/// <summary>
/// Pushes unified customers to HubSpot as contacts (batch upsert by email) and feedback as notes on the author's contact
/// timeline, keyed by a unique note property so a retried push never adds a second note.
/// </summary>
public sealed class HubSpotSink : ISinkConnector
{
    private readonly IConnectorContext _context;
    private readonly HubSpotOptions _options;
    private readonly HubSpotAccount _account;
    private readonly HubSpotClient _client;
    private int _tokenRefusalLogged;

    /// <summary>Creates the sink for one connector instance, drawing on the account's shared rate window.</summary>
    /// <exception cref="InvalidOperationException">The options are not <see cref="HubSpotOptions"/>.</exception>
    public HubSpotSink(IConnectorContext context, HubSpotAccount account)
    {
        _context = context;
        _options = context.GetOptions<HubSpotOptions>();
        _account = account;
        _client = new HubSpotClient(context.HttpClient, _options, account.Pacer, context.TimeProvider);
    }

    /// <inheritdoc />
    public SinkLimits Limits => new(_options.BatchSize, _options.RequestsPerTenSeconds, TimeSpan.FromSeconds(10));

    /// <inheritdoc />
    public async Task<CheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var where = _options.Endpoint.AbsoluteUri.TrimEnd('/');
        var response = await _client.GetAsync($"crm/v3/properties/notes/{_options.NotePropertyName}", cancellationToken);
        if (response.Kind == ResponseKind.Ok)
        {
            return response.Json!.Value.TryGetProperty("hasUniqueValue", out var unique) && unique.ValueKind == JsonValueKind.True
                ? CheckResult.Success($"connected to HubSpot at {where}; notes are keyed by the unique property {_options.NotePropertyName}")
                : CheckResult.Failure(
                    $"the HubSpot note property {_options.NotePropertyName} exists without unique values, so retried pushes could duplicate notes; " +
                    "set notePropertyName to a new name (the sink creates it unique) or recreate the property with hasUniqueValue");
        }

        return response.Status == 404
            ? CheckResult.Success($"connected to HubSpot at {where}; the custom properties are created on the first push")
            : CheckResult.Failure(PushFailure.From(response, "check", _context.TimeProvider.GetUtcNow()).Error);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SinkItemResult>> PushAsync(IReadOnlyList<SinkItem> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return [];
        }

        var run = new PushRun(_client, _options, _account.Properties(_options.NotePropertyName), _context.TimeProvider, _context.Logger);
        var results = await run.RunAsync(batch, cancellationToken);
        if (run.Stopped is { Outcome: SinkOutcome.Failed } refused)
        {
            // Every item says it too, but the operator reads logs: say it once, not once per item or per batch.
            if (Interlocked.Exchange(ref _tokenRefusalLogged, 1) == 0)
            {
                _context.Logger.LogError("HubSpot sink {Connector}: {Reason}", _context.ConnectorName, refused.Error);
            }
        }
        else
        {
            Interlocked.Exchange(ref _tokenRefusalLogged, 0);
        }

        return results;
    }
}
