namespace Connectors.Sandbox.Amazon.Auth;

/// <summary>One resource a Restricted Data Token covers: a method and a path (with <c>{orderId}</c> or a real id), and the PII asked for.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path as in the request (<c>/orders/v0/orders/{orderId}/address</c> or with an order id).</param>
/// <param name="DataElements">PII kinds (<c>buyerInfo</c>, <c>shippingAddress</c>); empty for the operations that need none.</param>
public sealed record RestrictedResource(string Method, string Path, IReadOnlyList<string> DataElements)
{
    /// <summary>Whether the resource covers a request (a <c>{placeholder}</c> segment matches any value).</summary>
    public bool Covers(string method, string path)
    {
        if (!string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var mine = Path.Trim('/').Split('/');
        var theirs = path.Trim('/').Split('/');
        return mine.Length == theirs.Length
            && mine.Zip(theirs).All(p => (p.First.StartsWith('{') && p.First.EndsWith('}')) || string.Equals(p.First, p.Second, StringComparison.Ordinal));
    }
}
