namespace Connectors.Sandbox.Framework;

/// <summary>One request a sink emulator received (or one delivery an emulator sent), kept for assertions.</summary>
/// <param name="Sequence">Order of arrival, from 1.</param>
/// <param name="At">Sandbox clock time of arrival.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path and query.</param>
/// <param name="Body">Raw body text.</param>
/// <param name="Headers">Selected request headers.</param>
public sealed record ReceivedItem(
    long Sequence,
    DateTimeOffset At,
    string Method,
    string Path,
    string Body,
    IReadOnlyDictionary<string, string> Headers);
