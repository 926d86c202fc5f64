namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>
/// Validation failures per field, answered as Zendesk's 422
/// <c>{"error":"RecordInvalid","description":"Record validation errors","details":{"email":[{"description","error"}]}}</c>.
/// </summary>
public sealed class RecordErrors
{
    private readonly Dictionary<string, List<RecordError>> _details = new(StringComparer.Ordinal);

    /// <summary>True when nothing failed.</summary>
    public bool IsEmpty => _details.Count == 0;

    /// <summary>The failures by field.</summary>
    public IReadOnlyDictionary<string, List<RecordError>> Details => _details;

    /// <summary>Adds a failure of <paramref name="field"/>.</summary>
    public void Add(string field, string description, string error = "InvalidValue")
    {
        if (!_details.TryGetValue(field, out var list))
        {
            _details[field] = list = [];
        }

        list.Add(new RecordError(description, error));
    }

    /// <summary>One line per failure, for logs and job results.</summary>
    public override string ToString() =>
        string.Join("; ", _details.SelectMany(d => d.Value.Select(e => e.Description)));
}
