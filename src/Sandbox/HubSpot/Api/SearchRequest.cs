using Connectors.Sandbox.HubSpot.Data;

namespace Connectors.Sandbox.HubSpot.Api;

/// <summary>A parsed <c>POST /crm/v3/objects/{objectType}/search</c> body.</summary>
internal sealed record SearchRequest(
    IReadOnlyList<IReadOnlyList<SearchFilter>> FilterGroups,
    IReadOnlyList<(string Property, bool Descending)> Sorts,
    IReadOnlyList<string>? Properties,
    int Limit,
    int After);
