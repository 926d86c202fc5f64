using Connectors.Abstractions;
using Connectors.Host.Configuration;

namespace Connectors.Host.Routing;

/// <summary>
/// Decides which sinks a changed record goes to, from the configuration's routes. A record matching several routes
/// to the same sink goes there once, with the first matching route's priority.
/// </summary>
public sealed class Router(ValidatedConfig config)
{
    private readonly IReadOnlyList<RouteConfig> _routes = config.Source.Routes;

    public bool IsEmpty => _routes.Count == 0;

    public IEnumerable<RouteTarget> ForCustomer() =>
        Canonical(Distinct(_routes.Where(r => r.What == "customers")));

    public IEnumerable<RouteTarget> ForFeedback(FeedbackRecord feedback) =>
        Canonical(Distinct(_routes.Where(r => r.What == "feedback" && Matches(r, feedback))));

    private static bool Matches(RouteConfig route, FeedbackRecord feedback) =>
        (route.Kinds.Count == 0 || route.Kinds.Contains(feedback.Kind, StringComparer.OrdinalIgnoreCase))
        && (route.RatingAtMost is not { } most || (feedback.Rating is { } rating && rating.Value <= most + 1e-9));

    private static IEnumerable<RouteTarget> Distinct(IEnumerable<RouteConfig> routes) =>
        routes.GroupBy(r => r.To, StringComparer.OrdinalIgnoreCase).Select(g => new RouteTarget(g.Key, g.First().Priority, g.First().Name));

    /// <summary>Route targets name sinks as the configuration spells the connector.</summary>
    private IEnumerable<RouteTarget> Canonical(IEnumerable<RouteTarget> targets) =>
        targets.Select(t => t with { Sink = config.Find(t.Sink)?.Name ?? t.Sink });
}
