using Microsoft.Data.Sqlite;

namespace Connectors.Host.Store;

/// <summary>The store's provider and its connection string, with a relative SQLite file made absolute.</summary>
public sealed record StoreSettings(string Provider, string ConnectionString)
{
    /// <summary>Resolves a SQLite <c>Data Source</c> against the configuration file's folder and creates its directory.</summary>
    public static StoreSettings ForSqlite(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && !source.StartsWith("file:", StringComparison.Ordinal))
        {
            builder.DataSource = Path.GetFullPath(source, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        builder.Pooling = true;
        return new StoreSettings("sqlite", builder.ToString());
    }

    /// <summary>The database file, for messages; <c>null</c> when not a file.</summary>
    public string? DatabaseFile => Provider == "sqlite" ? new SqliteConnectionStringBuilder(ConnectionString).DataSource : null;
}
