namespace Connectors.Sandbox.Webhook.Api;

/// <summary>What a receiver path answers: status, body and its type, extra headers.</summary>
internal sealed record HookAnswer(int Status, string Body, string ContentType = HookAnswer.Json, IReadOnlyDictionary<string, string>? Headers = null)
{
    public const string Json = "application/json; charset=utf-8";
    public const string Text = "text/plain; charset=utf-8";

    public bool IsSuccess => Status is >= 200 and < 300;
}
