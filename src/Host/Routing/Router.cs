using Connectors.Abstractions;
using Connectors.Host.Configuration;

namespace Connectors.Host.Routing;

/// <summary>
/// Decides which sinks a changed record goes to, from the configuration's routes. A record matching several routes
/// to the same sink goes there once, with the first matching route's priority.
/// </summary>
public sealed class Router(ValidatedConfig config)
{
    private readonly List<RouteOptions> _routes = config.Source.Routes;

    public bool IsEmpty => _routes.Count == 0;

    public IEnumerable<RouteTarget> ForCustomer() =>
        Canonical(Distinct(_routes.Where(r => r.What == RouteOptions.Customers)));

    public IEnumerable<RouteTarget> ForFeedback(FeedbackRecord feedback) =>
        Canonical(Distinct(_routes.Where(r => r.What == RouteOptions.Feedback && Matches(r.When, feedback))));

    private static bool Matches(FeedbackCondition? when, FeedbackRecord feedback) =>
        when is null
        || ((when.Kinds.Count == 0 || when.Kinds.Contains(feedback.Kind, StringComparer.OrdinalIgnoreCase))
            && (when.RatingAtMost is not { } most || (feedback.Rating is { } rating && rating.Value <= most + 1e-9)));

    private static IEnumerable<RouteTarget> Distinct(IEnumerable<RouteOptions> routes) =>
        routes.SelectMany(r => r.To.Select(sink => (Sink: sink, Route: r)))
            .GroupBy(t => t.Sink, StringComparer.OrdinalIgnoreCase)
            .Select(g => new RouteTarget(g.Key, g.First().Route.Priority?.ToString().ToLowerInvariant(), g.First().Route.Name));

    /// <summary>Route targets name sinks as the configuration spells the connector.</summary>
    private IEnumerable<RouteTarget> Canonical(IEnumerable<RouteTarget> targets) =>
        targets.Select(t => t with { Sink = config.Find(t.Sink)?.Name ?? t.Sink });
}
