namespace Connectors.Plugins.Trustpilot.Client;

/// <summary>The business unit the connector reads: the id from the options, or looked up once by domain.</summary>
internal sealed class BusinessUnit(TrustpilotApi api, TrustpilotOptions options)
{
    private readonly Lock _gate = new();
    private readonly string? _configured = string.IsNullOrWhiteSpace(options.BusinessUnitId) ? null : options.BusinessUnitId.Trim();
    private Task<string>? _lookup;

    public Task<string> IdAsync(CancellationToken cancellationToken)
    {
        if (_configured is { } id)
        {
            return Task.FromResult(id);
        }

        lock (_gate)
        {
            // One lookup for every stream; a failed one is tried again by the next caller.
            if (_lookup is null || _lookup.IsFaulted || _lookup.IsCanceled)
            {
                _lookup = api.FindBusinessUnitAsync(options.Domain!, CancellationToken.None);
            }

            return _lookup.WaitAsync(cancellationToken);
        }
    }
}
