namespace Connectors.Sandbox.Framework.Pipeline;

/// <summary>
/// What differs between vendors in <see cref="VendorPipeline"/>: how each refusal is worded, how credentials are checked and
/// how the rate limits admit a request. Each hook returns the refusal to send, or null to go on.
/// </summary>
public abstract class VendorPolicy
{
    /// <summary>When requests go to the received log.</summary>
    public virtual ReceivedLogging Logging => ReceivedLogging.Admitted;

    /// <summary>The request headers worth logging (never a whole credential).</summary>
    public virtual IReadOnlyDictionary<string, string> RecordedHeaders(VendorExchange exchange) => new Dictionary<string, string>();

    /// <summary>The answer to an injected 500, 502 or 503 (by default the shape gateways commonly send).</summary>
    public virtual VendorAnswer ServerError(VendorExchange exchange, int status) => FaultResponses.ServerError(status);

    /// <summary>The answer to an injected 429 (the <c>throttleShare</c> knob), in the vendor's own words.</summary>
    public abstract VendorAnswer InjectedThrottle(VendorExchange exchange);

    /// <summary>Checks the credentials: the refusal (401, 403 or any status) or null when they are accepted.</summary>
    public virtual VendorAnswer? Authenticate(VendorExchange exchange) => null;

    /// <summary>The answer once the token-expiry knobs say the accepted token has expired; null for vendors without tokens.</summary>
    public virtual VendorAnswer? TokenExpired(VendorExchange exchange) => null;

    /// <summary>Takes the request from the vendor's rate limits: the refusal, or null when admitted.</summary>
    public virtual VendorAnswer? Admit(VendorExchange exchange) => null;

    /// <summary>Last look at every answer before it is written (headers every answer carries, say).</summary>
    public virtual VendorAnswer Finish(VendorExchange exchange, VendorAnswer answer) => answer;
}
