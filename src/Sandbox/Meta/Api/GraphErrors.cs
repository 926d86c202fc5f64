using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework.Pipeline;

namespace Connectors.Sandbox.Meta.Api;

/// <summary>Graph API errors in Meta's shape: <c>{"error":{"message","type","code","error_subcode","fbtrace_id"}}</c>.</summary>
internal static class GraphErrors
{
    public static VendorAnswer Error(int status, string message, int code, string traceId, int? subcode = null, string type = "OAuthException", JsonObject? data = null, bool? transient = null)
    {
        var error = new JsonObject { ["message"] = message, ["type"] = type, ["code"] = code };
        if (subcode is { } s)
        {
            error["error_subcode"] = s;
        }

        if (transient is { } t)
        {
            error["is_transient"] = t;
        }

        if (data is not null)
        {
            error["error_data"] = data;
        }

        error["fbtrace_id"] = traceId;
        return VendorAnswer.Text(status, new JsonObject { ["error"] = error }.ToJsonString());
    }

    public static VendorAnswer InvalidToken(string traceId) =>
        Error(401, "Invalid OAuth access token - Cannot parse access token", 190, traceId);

    public static VendorAnswer ExpiredToken(string traceId) =>
        Error(401, "Error validating access token: Session has expired.", 190, traceId, subcode: 463);

    public static VendorAnswer BadProof(string traceId) =>
        Error(400, "Invalid appsecret_proof provided in the API argument", 100, traceId, type: "GraphMethodException");

    public static VendorAnswer NoSuchObject(string id, string traceId) =>
        Error(400, $"Unsupported get request. Object with ID '{id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api", 100, traceId, subcode: 33, type: "GraphMethodException");

    public static VendorAnswer Parameter(string message, string traceId, int? subcode = null) =>
        Error(400, "(#100) " + message, 100, traceId, subcode);

    public static VendorAnswer UnknownVersion(string version, string traceId) =>
        Error(400, $"Unknown path components: /{version}", 2500, traceId);

    public static VendorAnswer Throttled(int status, Throttle kind, string traceId) => kind switch
    {
        Throttle.MessengerSend => Error(status, "(#613) Calls to this API have exceeded the rate limit.", 613, traceId),
        Throttle.WhatsAppSend => Error(status, "(#130429) Rate limit hit", 130429, traceId,
            data: new JsonObject { ["messaging_product"] = "whatsapp", ["details"] = "Cloud API message throughput has been reached." }),
        _ => Error(status, "(#4) Application request limit reached", 4, traceId, transient: true),
    };

    public static VendorAnswer ServerError(int status, string traceId) => status == 503
        ? Error(503, "(#2) Service temporarily unavailable", 2, traceId, transient: true)
        : Error(500, "An unexpected error has occurred. Please retry your request later.", 2, traceId, transient: true);

    /// <summary>Messenger and Instagram outside the 24-hour window (or HUMAN_AGENT beyond 7 days).</summary>
    public static VendorAnswer OutsideWindow(string traceId) =>
        Error(400, "(#10) This message is sent outside of allowed window. Learn more about the new policy here: https://developers.facebook.com/docs/messenger-platform/policy-overview", 10, traceId, subcode: 2018278);

    /// <summary>WhatsApp free-form text more than 24 hours after the customer's last message (not confirmed: the commonly documented code).</summary>
    public static VendorAnswer ReEngagement(string traceId) =>
        Error(400, "(#131047) Re-engagement message", 131047, traceId, data: new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["details"] = "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
        });

    public static VendorAnswer UnknownTemplate(string name, string language, string traceId) =>
        Error(404, "(#132001) Template name does not exist in the translation", 132001, traceId, data: new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["details"] = $"template name ({name}) does not exist in {language}",
        });

    public static VendorAnswer NoMatchingUser(string traceId) =>
        Error(400, "(#100) No matching user found", 100, traceId, subcode: 2018001);
}

/// <summary>Which throttling error a refused call gets.</summary>
internal enum Throttle
{
    Read,
    MessengerSend,
    WhatsAppSend,
}
