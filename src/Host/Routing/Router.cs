using Connectors.Host.Configuration;

namespace Connectors.Host.Routing;

/// <summary>
/// Decides which sinks a changed record goes to, from the configuration's routes. A record matching several routes
/// to the same sink goes there once, by the first matching route; its priority is the route's, else the item's own
/// (from enrichment).
/// </summary>
public sealed class Router(ValidatedConfig config)
{
    private readonly List<RouteOptions> _routes = config.Source.Routes;

    public bool IsEmpty => _routes.Count == 0;

    /// <summary>The routes in the configuration's order.</summary>
    public IReadOnlyList<RouteOptions> Routes => _routes;

    public IEnumerable<RouteTarget> ForCustomer() =>
        Targets(_routes.Where(r => r.What == RouteOptions.Customers), facts: null);

    public IEnumerable<RouteTarget> ForFeedback(FeedbackFacts facts) =>
        Targets(_routes.Where(r => Matches(r, facts)), facts);

    /// <summary>The routes that draft a reply to the item, in the configuration's order.</summary>
    public IEnumerable<RouteOptions> RepliesFor(FeedbackFacts facts) => _routes.Where(r => r.Reply is not null && Matches(r, facts));

    /// <summary>Whether a feedback route takes the item.</summary>
    public static bool Matches(RouteOptions route, FeedbackFacts facts) =>
        route.What == RouteOptions.Feedback && (route.When is null || route.When.Matches(facts));

    private IEnumerable<RouteTarget> Targets(IEnumerable<RouteOptions> routes, FeedbackFacts? facts) =>
        routes.SelectMany(r => r.To.Select(sink => (Sink: config.Find(sink)?.Name ?? sink, Route: r)))
            .GroupBy(t => t.Sink, StringComparer.OrdinalIgnoreCase)
            .Select(g => new RouteTarget(g.Key, g.First().Route.Priority ?? facts?.Priority, g.First().Route.Name));
}
