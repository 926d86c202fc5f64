namespace Connectors.PluginSdk.Http;

/// <summary>
/// Tells the passing failures of an HTTP call (a dropped or refused connection, a body cut off, a timeout) from
/// everything else, with a short description for the retry's log line, so every client's retry loop catches the same
/// ones: <c>catch (Exception ex) when (TransientFailure.Describe(ex, ct) is { } why)</c>. A cancellation the caller
/// asked for is never one.
/// </summary>
public static class TransientFailure
{
    /// <summary>What went wrong, when <paramref name="exception"/> is a passing failure; otherwise <c>null</c> (let it through).</summary>
    /// <param name="exception">What the call threw.</param>
    /// <param name="cancellationToken">The caller's token: a timeout is a passing failure, the caller's cancellation is not.</param>
    public static string? Describe(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        HttpRequestException ex => $"the request failed: {ex.Message}",
        IOException ex => $"the body was cut off: {ex.Message}",
        TaskCanceledException when !cancellationToken.IsCancellationRequested => "the request timed out",
        _ => null,
    };
}
