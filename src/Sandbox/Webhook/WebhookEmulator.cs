using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Webhook.Api;
using Connectors.Sandbox.Webhook.Data;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Webhook;

/// <summary>
/// The webhook receiver: <c>/hooks/{name}</c> takes signed Connectors deliveries (signature and replay window checked,
/// repeats dropped by <c>X-Connectors-Delivery</c>), and Slack (<c>/services/…</c>) and Teams (<c>/webhookb2/…</c>,
/// <c>/workflows/…</c>) incoming webhooks answer as those vendors do. It starts empty: a sink posts into it and tests
/// read back what arrived.
/// </summary>
public sealed class WebhookEmulator : ISandboxEmulator
{
    /// <summary>The vendor name in control URLs and fault settings.</summary>
    public const string VendorName = "webhook";

    private WebhookKnobs _knobs = new();

    internal WebhookEmulator(SandboxOptions options, SandboxVendor vendor)
    {
        Vendor = vendor;
        Clock = options.TimeProvider;
    }

    /// <summary>Faults, counters and received log of the <c>webhook</c> vendor.</summary>
    public SandboxVendor Vendor { get; }

    /// <summary>Every accepted delivery, duplicates counted but stored once.</summary>
    public DeliveryStore Deliveries { get; } = new();

    /// <summary>The run-time knobs; replace the record to change them (<c>Knobs = Knobs with { ... }</c>).</summary>
    public WebhookKnobs Knobs
    {
        get => Volatile.Read(ref _knobs);
        set => SandboxKnobs.Publish(ref _knobs, value, value.Validate());
    }

    internal TimeProvider Clock { get; }

    /// <summary>The webhook receiver of a running sandbox.</summary>
    /// <exception cref="KeyNotFoundException">The sandbox has no webhook receiver.</exception>
    public static WebhookEmulator Of(SandboxServer sandbox) => sandbox.Emulator<WebhookEmulator>();

    /// <summary>Forgets every delivery (and the delivery ids seen) and the received log.</summary>
    public void Clear()
    {
        Deliveries.Clear();
        Vendor.Received.Clear();
    }

    /// <summary>Stores an accepted delivery (once per hook and delivery id when <paramref name="deduplicate"/>) and logs it as received.</summary>
    internal (ReceivedDelivery Delivery, bool Duplicate) Accept(ReceiverKind kind, string hook, HookRequest request, string? deliveryId, bool verified, bool deduplicate = true)
    {
        var headers = request.RecordedHeaders();
        var text = request.Text;
        var (delivery, duplicate) = Deliveries.Accept(
            id => new ReceivedDelivery(id, kind.ToString().ToLowerInvariant(), hook, deliveryId, request.Timestamp, verified, request.Now, text, headers),
            $"{kind}:{hook}",
            deduplicate ? deliveryId : null);
        if (duplicate)
        {
            Vendor.Counters.Increment(WebhookCounters.Duplicates);
        }
        else
        {
            Vendor.Counters.Increment(WebhookCounters.Accepted);
            Vendor.Received.Append("POST", request.Http.Request.Path.Value ?? "", text, headers);
        }

        return (delivery, duplicate);
    }

    void ISandboxEmulator.MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        SignedHookEndpoint.Map(endpoints, this);
        SlackEndpoint.Map(endpoints, this);
        TeamsEndpoints.Map(endpoints, this);
        WebhookControlEndpoints.Map(endpoints, this);
    }

    IReadOnlyDictionary<string, string> ISandboxEmulator.Describe(Uri baseUrl) => new Dictionary<string, string>
    {
        ["url"] = new Uri(baseUrl, WebhookDefaults.HookPath).ToString(),
        ["secret"] = Knobs.Secret,
        ["slackUrl"] = new Uri(baseUrl, WebhookDefaults.SlackPath).ToString(),
        ["teamsUrl"] = new Uri(baseUrl, WebhookDefaults.TeamsPath).ToString(),
        ["workflowsUrl"] = new Uri(baseUrl, WebhookDefaults.WorkflowsPath).ToString(),
    };

    /// <summary>Nothing runs in the background.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
