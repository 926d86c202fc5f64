using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Shopify.GraphQL.Connections;

/// <summary>Resolves one page of a connection: cursor, sort, reverse, filter, page info.</summary>
internal static class ConnectionResolver
{
    public static ConnectionPage Resolve(IConnectionSource source, ConnectionRequest request, Func<bool> repeatCursor)
    {
        var range = request.Query.RangeOf(request.Sort);
        var forward = request.First is not null || request.Last is null;
        var size = request.First ?? request.Last ?? int.MaxValue;
        var descending = forward ? request.Reverse : !request.Reverse;
        var from = forward ? request.After : request.Before;
        var rows = new List<(SortEntry Entry, object Record)>();
        foreach (var entry in source.Walk(request.Sort, from, descending, range))
        {
            if (Matches(source, request, entry.Id) is { } record)
            {
                rows.Add((entry, record));
                if (rows.Count > size)
                {
                    break;
                }
            }
        }

        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        // Is there anything on the other side of where this page started?
        var behind = from is { } f && AnyBehind(source, request, rows.Count > 0 ? rows[0].Entry : Nudge(f, descending), descending, range);
        if (!forward)
        {
            rows.Reverse();
        }

        var edges = rows.Select(r => new Edge(r.Entry, request.Sort, r.Record)).ToList();
        string? repeated = null;
        if (forward && request.AfterCursor is not null && edges.Count > 0 && repeatCursor())
        {
            // Fault knob: hand the client's own cursor back once, as a buggy pager would.
            repeated = request.AfterCursor;
        }

        var (first, last) = edges.Count > 0 ? (edges[0], edges[^1]) : (null, null);
        var info = forward
            ? new PageInfo(more, behind, first, last, repeated)
            : new PageInfo(behind, more, first, last);
        return new ConnectionPage(edges, info);
    }

    /// <summary>The record when it exists and passes every filter term not already applied as the walk's range.</summary>
    public static object? Matches(IConnectionSource source, ConnectionRequest request, long id)
    {
        string? email = null;
        foreach (var term in request.Query.Terms)
        {
            if (term.Field is { } field && field != request.Sort && !term.Range.Contains(source.Key(id, field)))
            {
                return null;
            }

            email ??= term.Email;
        }

        var record = source.Load(id);
        if (record is null)
        {
            return null;
        }

        return email is null || string.Equals(source.EmailOf(record), email, StringComparison.OrdinalIgnoreCase) ? record : null;
    }

    private static bool AnyBehind(IConnectionSource source, ConnectionRequest request, SortEntry pivot, bool descending, KeyRange range)
    {
        foreach (var entry in source.Walk(request.Sort, pivot, !descending, range))
        {
            if (Matches(source, request, entry.Id) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An entry just past the cursor, so a walk back from it includes the cursor's own record.</summary>
    private static SortEntry Nudge(SortEntry cursor, bool descending) =>
        descending ? cursor with { Id = cursor.Id - 1 } : cursor with { Id = cursor.Id + 1 };
}
