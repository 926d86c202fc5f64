using Connectors.Sandbox.Shopify.Bulk;
using Connectors.Sandbox.Shopify.GraphQL.Values;

namespace Connectors.Sandbox.Shopify.GraphQL.Schema;

/// <summary>BulkOperation and the payloads of its mutations.</summary>
internal static partial class ShopifySchema
{
    private static void AddBulkOperation(GqlSchema schema)
    {
        Object<BulkOperation>(schema, "BulkOperation")
            .String("id", b => b.Gid, "ID!")
            .Enum("status", "BulkOperationStatus!", b => b.Status)
            .Enum("errorCode", "BulkOperationErrorCode", b => b.ErrorCode)
            .Time("createdAt", b => b.CreatedAt)
            .Time("completedAt", b => b.CompletedAt, "DateTime")
            .UInt64("objectCount", (b, _) => b.ObjectCount)
            .UInt64("rootObjectCount", (b, _) => b.RootObjectCount)
            .UInt64("fileSize", (b, _) => b.FileSize, "UnsignedInt64")
            .Leaf("url", "URL", (w, s, x) => TypeBuilder<BulkOperation>.WriteString(w, ((BulkOperation)s).Url(x.BaseUrl)))
            .Leaf("partialDataUrl", "URL", (w, s, x) => TypeBuilder<BulkOperation>.WriteString(w, ((BulkOperation)s).PartialDataUrl(x.BaseUrl)))
            .String("query", b => b.Query, "String!")
            .Enum("type", "BulkOperationType!", b => b.Type);

        Object<UserErrorValue>(schema, "BulkOperationUserError")
            .StringList("field", e => e.Field, "[String!]")
            .String("message", e => e.Message, "String!")
            .Enum("code", "BulkOperationUserErrorCode", e => e.Code);
        Object<UserErrorValue>(schema, "UserError")
            .StringList("field", e => e.Field, "[String!]")
            .String("message", e => e.Message, "String!");
        Object<BulkPayloadValue>(schema, "BulkOperationRunQueryPayload")
            .Object("bulkOperation", "BulkOperation", (p, _) => p.Operation)
            .Object("userErrors", "[BulkOperationUserError!]!", (p, _) => p.UserErrors);
        Object<BulkPayloadValue>(schema, "BulkOperationCancelPayload")
            .Object("bulkOperation", "BulkOperation", (p, _) => p.Operation)
            .Object("userErrors", "[UserError!]!", (p, _) => p.UserErrors);
    }
}
