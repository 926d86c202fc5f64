using System.Text.Json;
using Connectors.Sandbox.Shopify.GraphQL.Execution;

namespace Connectors.Sandbox.Shopify.GraphQL.Schema;

/// <summary>Resolves an object, list or connection field to a value the executor walks further.</summary>
internal delegate object? FieldResolver(object source, PlannedField field, QueryContext context);

/// <summary>Writes a scalar or enum field's value (or null) straight into the response.</summary>
internal delegate void ScalarWriter(Utf8JsonWriter writer, object source, QueryContext context);
