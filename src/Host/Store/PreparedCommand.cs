using System.Data.Common;

namespace Connectors.Host.Store;

/// <summary>A SQL statement prepared once and run many times with new parameter values.</summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly DbCommand _command;
    private readonly Dictionary<string, DbParameter> _parameters = new(StringComparer.Ordinal);
    private bool _prepared;

    public PreparedCommand(DbConnection connection, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            _command.Parameters.Add(parameter);
            _parameters[name] = parameter;
        }
    }

    public PreparedCommand Set(string name, object? value)
    {
        _parameters[name].Value = value switch
        {
            null => DBNull.Value,
            DateTimeOffset d => d.ToUnixTimeMilliseconds(),
            bool b => b,
            _ => value,
        };
        return this;
    }

    // Synchronous on purpose: the store is in-process SQLite, whose "async" calls run synchronously anyway and
    // only add a Task per statement on the hottest path. A network store gets async variants with its provider.
    public int Execute(DbTransaction transaction)
    {
        Prepare(transaction);
        return _command.ExecuteNonQuery();
    }

    public object? Scalar(DbTransaction transaction)
    {
        Prepare(transaction);
        var result = _command.ExecuteScalar();
        return result is DBNull ? null : result;
    }

    private void Prepare(DbTransaction transaction)
    {
        _command.Transaction = transaction;
        if (!_prepared)
        {
            _command.Prepare();
            _prepared = true;
        }
    }

    public void Dispose() => _command.Dispose();
}
