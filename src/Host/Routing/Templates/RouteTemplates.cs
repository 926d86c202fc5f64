using Connectors.Host.Configuration;

namespace Connectors.Host.Routing.Templates;

/// <summary>The parsed templates of every route (for sinks and for replies) and alert, loaded once when the pipeline starts.</summary>
public sealed class RouteTemplates
{
    private readonly Dictionary<string, RouteTemplate> _byRoute = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RouteTemplate> _byAlert = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RouteTemplate> _byReply = new(StringComparer.OrdinalIgnoreCase);

    public RouteTemplates(ValidatedConfig config)
    {
        var source = config.Source;
        var errors = new List<string>();
        foreach (var route in source.Routes.Where(r => r.Template is not null))
        {
            if (RouteTemplate.Load(Path.GetFullPath(route.Template!, source.ContentRoot), TemplateSamples.Feedback, errors) is { } template)
            {
                _byRoute[route.Name] = template;
            }
        }

        foreach (var route in source.Routes.Where(r => r.Reply is not null))
        {
            if (RouteTemplate.Load(Path.GetFullPath(route.Reply!.Template, source.ContentRoot), TemplateSamples.Feedback, errors) is { } template)
            {
                _byReply[route.Name] = template;
            }
        }

        foreach (var alert in source.Alerts.Where(a => a.Template is not null))
        {
            if (RouteTemplate.Load(Path.GetFullPath(alert.Template!, source.ContentRoot), TemplateSamples.Alert, errors) is { } template)
            {
                _byAlert[alert.Name] = template;
            }
        }

        if (errors.Count > 0)
        {
            // validate checks templates first; a file edited since then fails here, loudly.
            throw new InvalidOperationException($"templates changed since the configuration was validated: {string.Join("; ", errors)}");
        }
    }

    /// <summary>The template of a route, or <c>null</c> when the route has none (the sink writes its own text).</summary>
    public RouteTemplate? ForRoute(string? route) => route is not null && _byRoute.TryGetValue(route, out var t) ? t : null;

    /// <summary>The reply template of a route, or <c>null</c> when it drafts no replies.</summary>
    public RouteTemplate? ForReply(string? route) => route is not null && _byReply.TryGetValue(route, out var t) ? t : null;

    /// <summary>The template of an alert rule, or <c>null</c>.</summary>
    public RouteTemplate? ForAlert(string? rule) => rule is not null && _byAlert.TryGetValue(rule, out var t) ? t : null;

    /// <summary>Checks one template file for <c>validate</c>: syntax and variables, each error with file, line and column.</summary>
    internal static void Check(ConnectorsConfig config, string? template, bool alert, string path, List<ConfigError> errors)
    {
        if (template is null)
        {
            return;
        }

        var file = Path.GetFullPath(template, config.ContentRoot);
        if (!File.Exists(file))
        {
            errors.Add(new ConfigError(path, $"template file not found at {file}"));
            return;
        }

        var problems = new List<string>();
        RouteTemplate.Load(file, alert ? TemplateSamples.Alert : TemplateSamples.Feedback, problems);
        errors.AddRange(problems.Select(p => new ConfigError(path, p)));
    }
}
