using System.Text.RegularExpressions;
using Connectors.Abstractions;
using Connectors.Host.Normalization;
using Connectors.Host.Plugins;
using Quartz;

namespace Connectors.Host.Configuration;

/// <summary>
/// Checks one entry of the <c>connectors</c> section against the loaded plugins: its name, cron, region and plugin,
/// then resolves the secrets in its options and binds them to the plugin's options type.
/// </summary>
public sealed partial class ConnectorOptionsValidator(PluginCatalog plugins, SecretResolver secrets)
{
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex NamePattern();

    /// <summary>The connector with its plugin and bound options; <c>null</c> (and errors added) when it cannot run.</summary>
    public ConnectorDefinition? Validate(ConnectorOptions connector, List<ConfigError> errors)
    {
        var before = errors.Count;
        if (connector.Name.Length > 0 && !NamePattern().IsMatch(connector.Name))
        {
            errors.Add(new ConfigError($"{connector.JsonPath}.name", $"'{connector.Name}' must be lower case letters, digits, '-' or '_' (it names jobs and checkpoints)"));
        }

        if (connector.Schedule is { } cron && !IsValidCron(cron, out var cronError))
        {
            errors.Add(new ConfigError($"{connector.JsonPath}.schedule",
                $"'{cron}' is not a valid Quartz cron expression ({cronError}); the fields are seconds minutes hours day-of-month month day-of-week, e.g. \"0 */15 * * * ?\""));
        }

        if (connector.Region is { } region && !PhoneNormalizer.IsRegion(region))
        {
            errors.Add(new ConfigError($"{connector.JsonPath}.region", $"'{region}' is not an ISO 3166-1 country code such as \"DE\" or \"BR\""));
        }

        if (connector.Plugin.Length == 0)
        {
            return null;
        }

        var plugin = plugins.Find(connector.Plugin);
        if (plugin is null)
        {
            errors.Add(new ConfigError($"{connector.JsonPath}.plugin", UnknownPluginMessage(connector.Plugin)));
            return null;
        }

        if (connector.ReviewRequests is { Enabled: true } && !plugin.Manifest!.Capabilities.HasFlag(PluginCapabilities.ReviewRequests))
        {
            errors.Add(new ConfigError($"{connector.JsonPath}.reviewRequests.enabled",
                $"plugin '{plugin.Manifest.Id}' cannot send review requests (its manifest does not declare ReviewRequests); remove \"reviewRequests\" from this connector"));
        }

        var optionsPath = $"{connector.JsonPath}.options";
        var resolved = secrets.Resolve(connector.Options, optionsPath, errors);
        if (errors.Count > before || connector.Name.Length == 0)
        {
            return null;
        }

        var options = OptionsBinder.Bind(plugin.Manifest!.OptionsType, resolved, optionsPath, errors);
        return options is null ? null : new ConnectorDefinition(connector, plugin, options);
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
