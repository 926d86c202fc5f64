using System.Data.Common;

namespace Connectors.Host.Metrics;

/// <summary>Collects the values of a query as named parameters (<c>@p0</c>, <c>@p1</c>, ...), so no value is ever spliced into SQL text.</summary>
internal sealed class SqlParameters
{
    private readonly List<object> _values = [];

    /// <summary>Adds a value; returns its placeholder.</summary>
    public string Add(object value)
    {
        _values.Add(value);
        return $"@p{_values.Count - 1}";
    }

    /// <summary>Adds each value; returns the placeholders as an SQL list, for <c>IN (...)</c>.</summary>
    public string List(IEnumerable<object> values) => string.Join(", ", values.Select(Add));

    /// <summary>Puts the values on a command.</summary>
    public void Bind(DbCommand command)
    {
        for (var i = 0; i < _values.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = _values[i];
            command.Parameters.Add(parameter);
        }
    }
}
