using Connectors.Host.Logging;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Tests.Logging;

public sealed class RedactingLoggerProviderTests
{
    [Fact]
    public void Secrets_never_reach_the_inner_logger_in_messages_or_exceptions()
    {
        var redactor = new SecretRedactor();
        redactor.Add("shpat_0123456789");
        var inner = new CapturingProvider();
        using var provider = new RedactingLoggerProvider(inner, redactor);

        provider.CreateLogger("t").LogError(new InvalidOperationException("GET https://x/?token=shpat_0123456789 failed"),
            "token {Token} refused", "shpat_0123456789");

        var line = Assert.Single(inner.Lines);
        Assert.DoesNotContain("shpat_0123456789", line, StringComparison.Ordinal);
        Assert.Contains("token *** refused", line, StringComparison.Ordinal);
        Assert.Contains("?token=*** failed", line, StringComparison.Ordinal);
    }

    private sealed class CapturingProvider : ILoggerProvider, ILogger
    {
        public List<string> Lines { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception) + exception);

        public void Dispose()
        {
        }
    }
}
