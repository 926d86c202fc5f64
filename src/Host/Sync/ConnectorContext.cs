using Connectors.Abstractions;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Sync;

/// <summary>The host's <see cref="IConnectorContext"/>: what one connector instance is lent.</summary>
internal sealed record ConnectorContext(
    string ConnectorName,
    object Options,
    string ContentRoot,
    HttpClient HttpClient,
    TimeProvider TimeProvider,
    ILogger Logger,
    IServiceProvider Services) : IConnectorContext;
