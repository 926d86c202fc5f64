using System.Text.RegularExpressions;
using Connectors.Abstractions;
using Connectors.Host.Plugins;
using Quartz;

namespace Connectors.Host.Configuration;

/// <summary>Checks a configuration against the loaded plugins and reports every problem at once, each with its JSON path.</summary>
public sealed partial class ConfigValidator(PluginCatalog plugins, SecretResolver secrets)
{
    private static readonly string[] Providers = ["sqlite"];
    private static readonly string[] Priorities = ["low", "normal", "high", "urgent"];

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex NamePattern();

    public ValidatedConfig? Validate(ConnectorsConfig config, List<ConfigError> errors)
    {
        var before = errors.Count;
        var connectionString = ValidateStore(config, secrets, errors);
        var connectors = new List<ConnectorDefinition>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var connector in config.Connectors)
        {
            if (!names.Add(connector.Name))
            {
                errors.Add(new ConfigError($"{connector.JsonPath}.name", $"'{connector.Name}' is used by another connector; names must be unique"));
            }

            if (ValidateConnector(connector, errors) is { } definition)
            {
                connectors.Add(definition);
            }
        }

        ValidateRoutes(config, errors);
        var apiKey = ValidateWeb(config.Web, errors);
        return errors.Count > before || connectionString is null
            ? null
            : new ValidatedConfig(config, config.Store.Provider.ToLowerInvariant(), connectionString, connectors, config.Web.Urls, apiKey);
    }

    /// <summary>The store section alone: its provider, and its connection string with references resolved.</summary>
    public static string? ValidateStore(ConnectorsConfig config, SecretResolver secrets, List<ConfigError> errors)
    {
        if (!Providers.Contains(config.Store.Provider, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(new ConfigError("$.store.provider", $"unknown store provider '{config.Store.Provider}'; supported: {string.Join(", ", Providers)}"));
        }

        return secrets.ResolveString(config.Store.ConnectionString, "$.store.connectionString", errors);
    }

    private string? ValidateWeb(WebConfig web, List<ConfigError> errors)
    {
        var apiKey = web.ApiKey is null ? null : secrets.ResolveString(web.ApiKey, "$.web.apiKey", errors);
        foreach (var url in web.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                errors.Add(new ConfigError("$.web.urls", $"'{url}' is not an http(s) URL such as \"http://127.0.0.1:5080\""));
            }
            else if (!uri.IsLoopback && string.IsNullOrEmpty(web.ApiKey))
            {
                errors.Add(new ConfigError("$.web.apiKey",
                    $"listening on {url} (beyond this machine) needs an API key; set \"apiKey\": \"${{env:CONNECTORS_API_KEY}}\" or listen on 127.0.0.1"));
            }
        }

        return apiKey;
    }

    private ConnectorDefinition? ValidateConnector(ConnectorConfig connector, List<ConfigError> errors)
    {
        var before = errors.Count;
        if (!NamePattern().IsMatch(connector.Name))
        {
            errors.Add(new ConfigError($"{connector.JsonPath}.name", $"'{connector.Name}' must be lower case letters, digits, '-' or '_' (it names jobs and checkpoints)"));
        }

        if (connector.Schedule is { } cron && !IsValidCron(cron, out var cronError))
        {
            errors.Add(new ConfigError($"{connector.JsonPath}.schedule",
                $"'{cron}' is not a valid Quartz cron expression ({cronError}); the fields are seconds minutes hours day-of-month month day-of-week, e.g. \"0 */15 * * * ?\""));
        }

        var plugin = plugins.Find(connector.Plugin);
        if (plugin is null)
        {
            errors.Add(new ConfigError($"{connector.JsonPath}.plugin", UnknownPluginMessage(connector.Plugin)));
            return null;
        }

        var optionsPath = $"{connector.JsonPath}.options";
        var resolved = secrets.Resolve(connector.Options, optionsPath, errors);
        if (errors.Count > before)
        {
            return null;
        }

        var options = OptionsBinder.Bind(plugin.Manifest!.OptionsType, resolved, optionsPath, errors);
        return options is null ? null : new ConnectorDefinition(connector, plugin, options);
    }

    private void ValidateRoutes(ConnectorsConfig config, List<ConfigError> errors)
    {
        for (var i = 0; i < config.Routes.Count; i++)
        {
            var route = config.Routes[i];
            var path = $"$.routes[{i}]";
            var target = config.Connectors.FirstOrDefault(c => string.Equals(c.Name, route.To, StringComparison.OrdinalIgnoreCase));
            if (target is null)
            {
                var sinks = config.Connectors.Where(c => plugins.Find(c.Plugin)?.Manifest?.Kind == PluginKind.Sink).Select(c => c.Name).ToList();
                errors.Add(new ConfigError($"{path}.to",
                    $"unknown route target '{route.To}'; it must name a sink connector ({(sinks.Count == 0 ? "none is configured" : string.Join(", ", sinks))})"));
            }
            else if (plugins.Find(target.Plugin)?.Manifest is { Kind: not PluginKind.Sink })
            {
                errors.Add(new ConfigError($"{path}.to", $"'{route.To}' is a source connector; a route must end at a sink (CRM or helpdesk)"));
            }

            if (route.What is not ("feedback" or "customers"))
            {
                errors.Add(new ConfigError($"{path}.what", $"'{route.What}' is not routable; use \"feedback\" or \"customers\""));
            }
            else if (route.What == "customers" && (route.RatingAtMost is not null || route.Kinds.Count > 0))
            {
                errors.Add(new ConfigError($"{path}.when", "a customers route takes every changed customer; \"when\" applies to feedback routes only"));
            }

            if (route.RatingAtMost is < 0 or > 1)
            {
                errors.Add(new ConfigError($"{path}.when.ratingAtMost", $"must be between 0 and 1 (ratings are normalised), was {route.RatingAtMost}"));
            }

            if (route.Priority is { } priority && !Priorities.Contains(priority))
            {
                errors.Add(new ConfigError($"{path}.priority", $"'{priority}' is not a priority; use one of: {string.Join(", ", Priorities)}"));
            }

            if (route.Template is { } template && !File.Exists(Path.GetFullPath(template, config.ContentRoot)))
            {
                errors.Add(new ConfigError($"{path}.template", $"template file not found at {Path.GetFullPath(template, config.ContentRoot)}"));
            }
        }
    }

    private string UnknownPluginMessage(string id)
    {
        var failed = plugins.Failed.FirstOrDefault(p => string.Equals(p.DisplayId, id, StringComparison.OrdinalIgnoreCase));
        if (failed is not null)
        {
            return $"plugin '{id}' did not load: {failed.Error}";
        }

        var active = plugins.ActiveIds.ToList();
        return $"unknown plugin '{id}'; plugins in {plugins.Directory}: {(active.Count == 0 ? "none" : string.Join(", ", active))}";
    }

    private static bool IsValidCron(string expression, out string error)
    {
        try
        {
            _ = new CronExpression(expression);
            error = "";
            return true;
        }
        catch (FormatException ex)
        {
            error = ex.Message.TrimEnd('.');
            return false;
        }
    }
}
