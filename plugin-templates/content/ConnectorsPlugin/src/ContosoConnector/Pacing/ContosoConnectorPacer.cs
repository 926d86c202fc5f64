namespace ContosoConnector.Pacing;

/// <summary>
/// What every sink instance on the same account shares: when the API's last 429 lets requests go out again. Shared
/// because the dispatcher pushes the next batch at once, and another instance may push to the same account.
/// </summary>
public sealed class ContosoConnectorPacer
{
    private readonly Lock _gate = new();
    private DateTimeOffset _resumeAt;

    /// <summary>How long to hold back from <paramref name="now"/>; zero when requests may go out.</summary>
    public TimeSpan Wait(DateTimeOffset now)
    {
        lock (_gate)
        {
            return now < _resumeAt ? _resumeAt - now : TimeSpan.Zero;
        }
    }

    /// <summary>The API answered 429: nothing goes out until <paramref name="until"/>.</summary>
    public void Throttled(DateTimeOffset until)
    {
        lock (_gate)
        {
            _resumeAt = until > _resumeAt ? until : _resumeAt;
        }
    }
}
