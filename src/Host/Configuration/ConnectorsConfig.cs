using System.Text.Json;

namespace Connectors.Host.Configuration;

/// <summary>The whole configuration file, as read; plugin options stay JSON until bound by their plugin's type.</summary>
public sealed class ConnectorsConfig
{
    /// <summary>Full path of the file it was read from.</summary>
    public required string FilePath { get; init; }

    /// <summary>The directory relative paths in the file are resolved against.</summary>
    public string ContentRoot => Path.GetDirectoryName(FilePath)!;

    public StoreConfig Store { get; init; } = new();

    public PluginsConfig Plugins { get; init; } = new();

    public WebConfig Web { get; init; } = new();

    public IReadOnlyList<ConnectorConfig> Connectors { get; init; } = [];

    public IReadOnlyList<RouteConfig> Routes { get; init; } = [];
}

public sealed class StoreConfig
{
    public string Provider { get; init; } = "sqlite";

    public string ConnectionString { get; init; } = "Data Source=data/connectors.db";
}

public sealed class PluginsConfig
{
    /// <summary>The plugins folder; <c>null</c> means the <c>plugins</c> folder beside the host executable.</summary>
    public string? Directory { get; init; }
}

public sealed class WebConfig
{
    /// <summary>Where <c>run</c> listens for webhooks and the API; loopback unless configured.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Required when listening beyond loopback; protects every endpoint but the signed webhooks.</summary>
    public string? ApiKey { get; init; }
}

public sealed class ConnectorConfig
{
    public required string Name { get; init; }

    public required string Plugin { get; init; }

    /// <summary>Quartz cron expression; <c>null</c> runs the connector only on demand.</summary>
    public string? Schedule { get; init; }

    /// <summary>The raw <c>options</c> object with secret references still unresolved.</summary>
    public JsonElement Options { get; init; }

    /// <summary>JSON path of this connector in the file, for error messages.</summary>
    public required string JsonPath { get; init; }
}

public sealed class RouteConfig
{
    public required string Name { get; init; }

    public required string To { get; init; }

    /// <summary><c>feedback</c> (the default) or <c>customers</c>.</summary>
    public string What { get; init; } = "feedback";

    public double? RatingAtMost { get; init; }

    public IReadOnlyList<string> Kinds { get; init; } = [];

    public string? Priority { get; init; }

    public string? Template { get; init; }
}
