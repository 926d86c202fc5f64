namespace Connectors.Abstractions;

/// <summary>A configured connector instance, source or sink.</summary>
public interface IConnector
{
    /// <summary>Checks credentials and reachability without changing anything.</summary>
    Task<CheckResult> CheckAsync(CancellationToken cancellationToken);
}
