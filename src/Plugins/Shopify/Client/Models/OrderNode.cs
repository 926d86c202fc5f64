using System.Text.Json.Serialization;

namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary>An order as the queries select it.</summary>
internal sealed class OrderNode
{
    public required string Id { get; init; }

    /// <summary>The shop's order name, such as <c>#1001</c>.</summary>
    public string? Name { get; init; }

    public string? Note { get; init; }

    /// <summary>The buyer's language at checkout (<c>de</c>, <c>fr-CA</c>): the language the note is stated to be in.</summary>
    public string? CustomerLocale { get; init; }

    public string? Email { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public NodeRef? Customer { get; init; }

    /// <summary>Set on bulk result lines that belong to a nested connection (an order under its customer).</summary>
    [JsonPropertyName("__parentId")]
    public string? ParentId { get; init; }
}
