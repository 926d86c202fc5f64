using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.Sandbox.Shopify.Data;

/// <summary>Reads an id given as a number, a numeric string or a Shopify gid.</summary>
internal sealed class FlexibleIdConverter : JsonConverter<long?>
{
    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number => reader.GetInt64(),
            JsonTokenType.String => ShopifyIds.ParseAny(reader.GetString())?.Id
                ?? ShopifyIds.Parse(reader.GetString(), "Customer")
                ?? throw new JsonException($"'{reader.GetString()}' is not an id"),
            _ => throw new JsonException("an id must be a number or a gid string"),
        };

    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
    {
        if (value is { } id)
        {
            writer.WriteNumberValue(id);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
