using Connectors.Host.Configuration;
using Connectors.Host.Logging;
using Connectors.Host.Plugins;
using Microsoft.Extensions.Logging;

namespace Connectors.Host;

/// <summary>Everything decided before the host is built: the validated configuration, the plugins, the redactor.</summary>
public sealed record HostSetup(ValidatedConfig Config, PluginCatalog Plugins, SecretRedactor Redactor, LogLevel LogLevel);
