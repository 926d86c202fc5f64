namespace Connectors.Plugins.HubSpot.Client;

/// <summary>How an exchange with HubSpot ended, as far as the sink's decisions go.</summary>
internal enum ResponseKind
{
    /// <summary>2xx with a JSON body (a 207 included: its per-input errors are read by the caller).</summary>
    Ok,

    /// <summary>429: a rate limit refused it.</summary>
    Throttled,

    /// <summary>401 or 403: the token is wrong, revoked, or lacks scopes.</summary>
    Unauthorized,

    /// <summary>5xx, a timeout, a dropped connection, or a 2xx body that is not JSON: worth another try.</summary>
    Transient,

    /// <summary>Another 4xx: HubSpot refused the request as sent.</summary>
    Rejected,
}
