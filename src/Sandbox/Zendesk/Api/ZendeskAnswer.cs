namespace Connectors.Sandbox.Zendesk.Api;

/// <summary>What an endpoint answers: status, body, and extra headers; the pipeline adds rate headers and faults.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Body">Body text (JSON unless <paramref name="ContentType"/> says otherwise).</param>
/// <param name="ContentType">Content type of the body.</param>
/// <param name="Headers">Extra response headers.</param>
internal sealed record ZendeskAnswer(int Status, string Body, string ContentType = ZendeskAnswer.Json, IReadOnlyDictionary<string, string>? Headers = null)
{
    public const string Json = "application/json; charset=utf-8";

    public bool IsSuccess => Status is >= 200 and < 300;
}
