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

    public async Task<int> ExecuteAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        await PrepareAsync(transaction, cancellationToken);
        return await _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<object?> ScalarAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        await PrepareAsync(transaction, cancellationToken);
        var result = await _command.ExecuteScalarAsync(cancellationToken);
        return result is DBNull ? null : result;
    }

    public async Task<DbDataReader> ReaderAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        await PrepareAsync(transaction, cancellationToken);
        return await _command.ExecuteReaderAsync(cancellationToken);
    }

    private async Task PrepareAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        _command.Transaction = transaction;
        if (!_prepared)
        {
            await _command.PrepareAsync(cancellationToken);
            _prepared = true;
        }
    }

    public void Dispose() => _command.Dispose();
}
