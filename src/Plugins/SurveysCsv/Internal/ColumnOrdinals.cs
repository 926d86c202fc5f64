using Sylvan.Data.Csv;

namespace Connectors.Plugins.SurveysCsv.Internal;

/// <summary>Where each mapped column is in one file; <c>-1</c> when the column is not mapped.</summary>
internal sealed record ColumnOrdinals(
    int Email, int Phone, int Name, int Score, int Comment, int SubmittedAt, int OrderId, int ResponseId, int Language)
{
    /// <summary>Finds the mapped headers, ignoring case and surrounding spaces.</summary>
    /// <param name="reader">A reader positioned after the header row.</param>
    /// <param name="map">The column map from the options.</param>
    /// <param name="missing">What is missing and which headers the file has, when some mapped header is absent.</param>
    public static ColumnOrdinals? Resolve(CsvDataReader reader, SurveyColumnMap map, out string? missing)
    {
        var headers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            headers.TryAdd(reader.GetName(i).Trim(), i);
        }

        var problems = new List<string>();
        int Find(string column, string? header)
        {
            if (string.IsNullOrWhiteSpace(header))
            {
                return -1;
            }

            if (headers.TryGetValue(header.Trim(), out var ordinal))
            {
                return ordinal;
            }

            problems.Add($"column '{column}' mapped to header '{header}' is missing");
            return -1;
        }

        var ordinals = new ColumnOrdinals(
            Find(nameof(map.Email), map.Email),
            Find(nameof(map.Phone), map.Phone),
            Find(nameof(map.Name), map.Name),
            Find(nameof(map.Score), map.Score),
            Find(nameof(map.Comment), map.Comment),
            Find(nameof(map.SubmittedAt), map.SubmittedAt),
            Find(nameof(map.OrderId), map.OrderId),
            Find(nameof(map.ResponseId), map.ResponseId),
            Find(nameof(map.Language), map.Language));

        if (problems.Count == 0)
        {
            missing = null;
            return ordinals;
        }

        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName);
        missing = $"{string.Join("; ", problems)}; headers are: {string.Join(", ", names)}";
        return null;
    }
}
