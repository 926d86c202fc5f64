using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Connectors.Host.Store.Tables;

/// <summary>
/// One table of the write path as the EF Core model defines it: its name, its columns and how to read each column's
/// value from an entity. The model is the one place a table's columns are declared: a new property on the entity
/// (and its migration) is a new column here too, with no positional list to keep in step by hand.
/// </summary>
/// <typeparam name="TEntity">The entity the table stores.</typeparam>
internal sealed class StoreTable<TEntity>
    where TEntity : class
{
    private readonly Func<TEntity, object?>[] _values;

    /// <param name="model">The store's model.</param>
    /// <param name="storeAssigned">Columns the database fills itself, left out of every statement.</param>
    public StoreTable(IModel model, params string[] storeAssigned)
    {
        var entity = model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the store's model");
        Name = entity.GetTableName()!;
        var key = entity.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName()).ToList();
        // Columns the database fills itself (row ids) are never written; every other id is handed out by the writer.
        var properties = entity.GetProperties().Where(p => !storeAssigned.Contains(p.GetColumnName(), StringComparer.Ordinal)).ToList();
        Columns = [.. properties.Select(p => p.GetColumnName())];
        KeyColumns = key;
        _values = [.. properties.Select(Reader)];
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>Every column the write path sets, in the order of <see cref="Values"/>.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The primary key's columns.</summary>
    public IReadOnlyList<string> KeyColumns { get; }

    /// <summary>The row's value for every column of <see cref="Columns"/>, converted as the model stores them.</summary>
    public object?[] Values(TEntity row)
    {
        var values = new object?[_values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _values[i](row);
        }

        return values;
    }

    /// <summary>The position of <paramref name="column"/> in <see cref="Columns"/>.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"{Name} has no column {column}", nameof(column));
    }

    /// <summary><c>INSERT INTO table (every column) VALUES (?1, ?2, …)</c>, then <paramref name="suffix"/> (an ON CONFLICT clause).</summary>
    public string InsertSql(string suffix = "") =>
        $"INSERT INTO {Name} ({string.Join(", ", Columns)}) VALUES ({RowStatement.Placeholders(Columns.Count)}){suffix}";

    /// <summary><c>UPDATE table SET every other column WHERE key</c>, taking the same values as <see cref="InsertSql"/>.</summary>
    public string UpdateSql() =>
        $"UPDATE {Name} SET {string.Join(", ", Columns.Select((c, i) => (c, i)).Where(x => !KeyColumns.Contains(x.c)).Select(x => $"{x.c} = ?{x.i + 1}"))} " +
        $"WHERE {string.Join(" AND ", KeyColumns.Select(k => $"{k} = ?{IndexOf(k) + 1}"))}";

    private static Func<TEntity, object?> Reader(IProperty property)
    {
        var entity = Expression.Parameter(typeof(TEntity), "entity");
        var value = Expression.Convert(Expression.Property(entity, property.PropertyInfo!), typeof(object));
        var read = Expression.Lambda<Func<TEntity, object?>>(value, entity).Compile();
        var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
        // DateTimeOffset is stored as Unix milliseconds by the model's convention; RowStatement binds it the same way,
        // so only other conversions need applying here.
        if (converter is null || converter.ModelClrType == typeof(DateTimeOffset) || converter.ModelClrType == typeof(DateTimeOffset?))
        {
            return read;
        }

        var toProvider = converter.ConvertToProvider;
        return e => read(e) is { } v ? toProvider(v) : null;
    }
}
