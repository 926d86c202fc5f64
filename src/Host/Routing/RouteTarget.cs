using Connectors.Abstractions;

namespace Connectors.Host.Routing;

/// <summary>A sink a record goes to, with the priority it goes with and the route that sent it.</summary>
public sealed record RouteTarget(string Sink, Priority? Priority, string Route);
