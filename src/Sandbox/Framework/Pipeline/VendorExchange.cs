using System.Text;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Framework.Pipeline;

/// <summary>One request on its way through <see cref="VendorPipeline"/>: the HTTP context, the body read once, the vendor.</summary>
public sealed class VendorExchange
{
    private string? _text;

    internal VendorExchange(HttpContext http, byte[] body, SandboxVendor vendor, DateTimeOffset now)
    {
        Http = http;
        Body = body;
        Vendor = vendor;
        Now = now;
    }

    /// <summary>The ASP.NET Core context (route values, query, headers; response headers set here are kept).</summary>
    public HttpContext Http { get; }

    /// <summary>The request body bytes (empty when there is none).</summary>
    public byte[] Body { get; }

    /// <summary>The request body as UTF-8 text.</summary>
    public string BodyText => _text ??= Encoding.UTF8.GetString(Body);

    /// <summary>The vendor's faults, counters and received log.</summary>
    public SandboxVendor Vendor { get; }

    /// <summary>The sandbox time when the request arrived.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Per-request state a policy hands to the endpoint (the authenticated token, say).</summary>
    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>A request header, or null.</summary>
    public string? Header(string name) => Http.Request.Headers.TryGetValue(name, out var v) && v.Count > 0 ? v.ToString() : null;

    /// <summary>A query parameter, or null.</summary>
    public string? Query(string name) => Http.Request.Query.TryGetValue(name, out var v) && v.Count > 0 ? v.ToString() : null;

    /// <summary>A route value, or an empty string.</summary>
    public string Route(string name) => Http.Request.RouteValues[name]?.ToString() ?? "";
}
