using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Connectors.Host.Store;

/// <summary>Names tables and columns in snake_case so hand-written SQL and ad-hoc queries read naturally on every provider.</summary>
internal static class SnakeCaseNames
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            entity.SetTableName(TableName(entity.ClrType.Name));
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName($"ix_{entity.GetTableName()}_{string.Join('_', index.Properties.Select(p => p.GetColumnName()))}");
            }
        }
    }

    public static string ToSnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    private static string TableName(string clrName)
    {
        var name = ToSnakeCase(clrName.EndsWith("Entity", StringComparison.Ordinal) ? clrName[..^"Entity".Length] : clrName);
        return name switch
        {
            "feedback" => "feedback",
            _ when name.EndsWith('y') => $"{name[..^1]}ies",
            _ => $"{name}s",
        };
    }
}
