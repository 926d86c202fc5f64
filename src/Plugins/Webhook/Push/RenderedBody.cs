namespace Connectors.Plugins.Webhook.Push;

/// <summary>An item's body as UTF-8 bytes, exactly as signed and sent; or why it could not be made (a permanent failure).</summary>
internal sealed record RenderedBody(byte[]? Bytes, string? Failure)
{
    public static RenderedBody Of(string json) => new(System.Text.Encoding.UTF8.GetBytes(json), null);

    public static RenderedBody Failed(string reason) => new(null, reason);
}
