using System.ComponentModel.DataAnnotations;

namespace Connectors.Host.Store;

/// <summary>The <c>store</c> section: where customers, feedback, checkpoints and the outbox live.</summary>
public sealed class StoreOptions
{
    /// <summary>The database engine; <c>sqlite</c> (embedded, the default).</summary>
    [Required(ErrorMessage = "is required")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>The connection string; may hold <c>${env:NAME}</c> and <c>${file:path}</c> references.</summary>
    [Required(ErrorMessage = "is required")]
    public string ConnectionString { get; set; } = "Data Source=data/connectors.db";
}
