namespace Connectors.Host.Routing;

/// <summary>A sink a record goes to, with the priority the matching route gave it.</summary>
public sealed record RouteTarget(string Sink, string? Priority, string Route);
