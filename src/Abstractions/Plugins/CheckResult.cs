namespace Connectors.Abstractions;

/// <summary>The outcome of <see cref="IConnector.CheckAsync"/>, with a message a person can act on.</summary>
/// <param name="Ok">Whether the connector can run.</param>
/// <param name="Message">What was found, and on failure how to fix it.</param>
public sealed record CheckResult(bool Ok, string Message)
{
    /// <summary>A successful check.</summary>
    public static CheckResult Success(string message) => new(true, message);

    /// <summary>A failed check.</summary>
    public static CheckResult Failure(string message) => new(false, message);
}
