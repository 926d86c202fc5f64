namespace Connectors.Sandbox.Framework;

/// <summary>How an emulator replaces its run-time knobs: checked first, then published whole to the request threads.</summary>
internal static class SandboxKnobs
{
    /// <summary>
    /// Publishes <paramref name="value"/> into <paramref name="field"/> (which request threads read with
    /// <c>Volatile.Read</c>) unless <paramref name="errors"/>, its own check, found something.
    /// </summary>
    /// <exception cref="ArgumentException">The knobs are invalid; the field keeps the knobs it had.</exception>
    public static void Publish<T>(ref T field, T value, IReadOnlyList<string> errors)
        where T : class
    {
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(value));
        }

        Volatile.Write(ref field, value);
    }
}
