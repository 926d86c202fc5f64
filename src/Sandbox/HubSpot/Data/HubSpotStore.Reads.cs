namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>Batch reads and search.</summary>
public sealed partial class HubSpotStore
{
    /// <summary>The objects found by id (or by a unique <paramref name="idProperty"/>), and the ids not found.</summary>
    internal (IReadOnlyList<HubSpotRecord> Found, IReadOnlyList<string> Missing) BatchRead(string objectType, IReadOnlyList<string> ids, string? idProperty)
    {
        lock (_gate)
        {
            var found = new List<HubSpotRecord>();
            var missing = new List<string>();
            foreach (var id in ids)
            {
                var o = idProperty is null or "hs_object_id" ? Find(objectType, id) : FindUnique(objectType, idProperty, NormalizeId(objectType, idProperty, id));
                if (o is null)
                {
                    missing.Add(id);
                }
                else
                {
                    found.Add(o.Snapshot());
                }
            }

            return (found, missing);
        }
    }

    /// <summary>An object by id or by the value of a unique property.</summary>
    internal HubSpotRecord? Read(string objectType, string id, string? idProperty)
    {
        lock (_gate)
        {
            return (idProperty is null or "hs_object_id" ? Find(objectType, id) : FindUnique(objectType, idProperty, NormalizeId(objectType, idProperty, id)))?.Snapshot();
        }
    }

    /// <summary>Every object matching any filter group (filters in a group all apply), sorted as asked, then by id.</summary>
    internal IReadOnlyList<HubSpotRecord> Search(string objectType, IReadOnlyList<IReadOnlyList<SearchFilter>> groups, IReadOnlyList<(string Property, bool Descending)> sorts)
    {
        lock (_gate)
        {
            IEnumerable<StoredObject> matches = Objects(objectType).Values
                .Where(o => groups.Count == 0 || groups.Any(g => g.All(f => f.Matches(o.Properties))));
            var ordered = matches.OrderBy(_ => 0);
            foreach (var (property, descending) in sorts)
            {
                var key = property;
                ordered = descending
                    ? ordered.ThenByDescending(o => o.Properties.GetValueOrDefault(key) ?? "", Comparer<string>.Create((a, b) => SearchFilter.Compare(a, b)))
                    : ordered.ThenBy(o => o.Properties.GetValueOrDefault(key) ?? "", Comparer<string>.Create((a, b) => SearchFilter.Compare(a, b)));
            }

            return [.. ordered.ThenBy(o => o.Id).Select(o => o.Snapshot())];
        }
    }
}
