using Connectors.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Connectors.TestKit;

/// <summary>
/// What the host lends one connector instance, for tests: the options, an HTTP client, a clock, a logger and the
/// plugin's services. Every part but the options and services has a default, so a test sets only what it is about.
/// </summary>
/// <param name="options">The connector's options, of the plugin's options type (validated, secrets resolved).</param>
/// <param name="services">The plugin's services, as <see cref="PluginServices.Build"/> builds them.</param>
public sealed class TestConnectorContext(object options, IServiceProvider services) : IConnectorContext
{
    // One client for every context that is not given its own: HttpClient is meant to be shared and never disposed here.
    private static readonly HttpClient SharedClient = new();

    /// <inheritdoc />
    public string ConnectorName { get; init; } = "test";

    /// <inheritdoc />
    public object Options { get; } = options;

    /// <summary>The directory relative paths in the options resolve against; the test's output folder unless set.</summary>
    public string ContentRoot { get; init; } = AppContext.BaseDirectory;

    /// <summary>The HTTP client; a shared plain client unless set (pass one over a fake handler or with a timeout).</summary>
    public HttpClient HttpClient { get; init; } = SharedClient;

    /// <summary>The clock; the system's unless set (pass a <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/>).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The logger; one that drops everything unless set (pass a <see cref="RecordingLogger"/> to assert on logs).</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <inheritdoc />
    public IServiceProvider Services { get; } = services;
}
