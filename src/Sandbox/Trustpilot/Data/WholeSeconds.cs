namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>Trustpilot's times have whole seconds: the emulator keeps what it serves, so a client's cursor matches exactly.</summary>
internal static class WholeSeconds
{
    public static DateTimeOffset Of(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);
}
