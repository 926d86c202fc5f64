using Microsoft.Extensions.Logging;

namespace Connectors.Host.Logging;

/// <summary>Wraps the real logger providers so that no resolved secret reaches a log line or exception text.</summary>
public sealed class RedactingLoggerProvider(ILoggerProvider inner, SecretRedactor redactor) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), redactor);

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner, SecretRedactor redactor) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // The exception is folded into the redacted message: its own text may carry a secret (a URL with a token).
            var message = redactor.Redact(formatter(state, null));
            if (exception is not null)
            {
                message = $"{message}{Environment.NewLine}{redactor.Redact(exception.ToString())}";
            }

            inner.Log(logLevel, eventId, message, null, static (text, _) => text);
        }
    }
}
