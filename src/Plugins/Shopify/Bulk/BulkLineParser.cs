using System.Text.Json;
using Connectors.Plugins.Shopify.Client;
using Connectors.Plugins.Shopify.Streams;

namespace Connectors.Plugins.Shopify.Bulk;

/// <summary>
/// Turns one JSONL line of a bulk result into records. The node type comes from the line's own gid, and a nested
/// connection's line (with <c>__parentId</c>) is mapped on its own, so a child that arrives before its parent, or
/// far from it, needs no buffering.
/// </summary>
internal sealed class BulkLineParser(string shopHandle)
{
    private static readonly ShopifyJsonContext Json = ShopifyJsonContext.Default;

    /// <summary>The line's records, or <c>null</c> for a node type the connector does not read.</summary>
    /// <exception cref="JsonException">The line is not a JSON object (a truncated or garbled download).</exception>
    public MappedNode? Parse(ReadOnlySpan<byte> line)
    {
        var id = ReadId(line);
        if (ShopifyGid.IsCustomer(id))
        {
            return CustomerMapper.Map(JsonSerializer.Deserialize(line, Json.CustomerNode)!);
        }

        return ShopifyGid.IsOrder(id) ? OrderMapper.Map(JsonSerializer.Deserialize(line, Json.OrderNode)!, shopHandle) : null;
    }

    /// <summary>The top-level <c>id</c>, read without materialising the line; the whole line is checked for well-formedness.</summary>
    private static string? ReadId(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: true, state: default);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a bulk result line is not a JSON object");
        }

        string? id = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals("id"u8);
            reader.Read();
            if (isId && reader.TokenType == JsonTokenType.String)
            {
                id = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new JsonException("a bulk result line is cut off or has trailing content");
        }

        return id;
    }
}
