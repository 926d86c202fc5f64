using Connectors.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Connectors.Plugins.SurveysCsv.Tests;

/// <summary>What the host would lend a connector, with the options given and a temporary content root.</summary>
internal sealed class TestConnectorContext(object options, string contentRoot) : IConnectorContext, IDisposable
{
    public string ConnectorName => "surveys-test";

    public object Options { get; } = options;

    public string ContentRoot { get; } = contentRoot;

    public HttpClient HttpClient { get; } = new();

    public TimeProvider TimeProvider => TimeProvider.System;

    public ILogger Logger => NullLogger.Instance;

    // The plugin registers no services; an empty provider avoids a package the central versions do not pin.
    public IServiceProvider Services { get; } = new EmptyServiceProvider();

    public void Dispose() => HttpClient.Dispose();

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
