using Microsoft.AspNetCore.Http;

namespace Connectors.Host.Web;

/// <summary>What became of one webhook delivery, and the HTTP status the vendor gets for it.</summary>
public sealed record WebhookOutcome(int StatusCode, string Result, int Records = 0)
{
    public static WebhookOutcome UnknownConnector(string name) => new(StatusCodes.Status404NotFound, $"no connector named '{name}'");

    public static WebhookOutcome NotAWebhookSource(string name) => new(StatusCodes.Status404NotFound, $"connector '{name}' does not take webhooks");

    // 401 and no detail: a forger learns nothing about why.
    public static WebhookOutcome BadSignature { get; } = new(StatusCodes.Status401Unauthorized, "signature mismatch");

    public static WebhookOutcome Duplicate { get; } = new(StatusCodes.Status200OK, "duplicate");

    public static WebhookOutcome Stored(int records) => new(StatusCodes.Status200OK, "stored", records);
}
