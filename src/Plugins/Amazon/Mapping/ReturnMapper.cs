using System.Globalization;
using Connectors.Abstractions;

namespace Connectors.Plugins.Amazon.Mapping;

/// <summary>
/// A GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA row: return-date, order-id, sku, asin, fnsku, product-name, quantity,
/// fulfillment-center-id, detailed-disposition, reason, status, license-plate-number, customer-comments. The reason code
/// becomes a readable title, the buyer's comment the body; keyed by order and returned unit (licence plate, else SKU).
/// </summary>
internal static class ReturnMapper
{
    private const int Columns = 13;

    public static RowMapping Map(string[] row)
    {
        if (row.Length < Columns - 1)
        {
            return RowMapping.Skip($"has {row.Length} columns, not the {Columns} of GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA");
        }

        if (!DateTimeOffset.TryParse(row[0].Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return RowMapping.Skip($"return-date '{row[0]}' is not an ISO 8601 date");
        }

        var orderId = row[1].Trim();
        if (orderId.Length == 0)
        {
            return RowMapping.Skip("has no order-id");
        }

        var unit = row[11].Trim() is { Length: > 0 } plate ? plate : row[2].Trim();
        var comment = row.Length > 12 ? row[12].Trim() : "";
        return new RowMapping(null, new FeedbackRecord
        {
            SourceId = $"return/{orderId}/{unit}",
            Channel = Channels.Amazon,
            Kind = FeedbackKinds.ReturnReason,
            OrderId = orderId,
            ProductId = row[3].Trim() is { Length: > 0 } asin ? asin : null,
            Title = ReturnReasons.Describe(row[9]),
            Body = comment.Length > 0 ? comment : null,
            OccurredAt = at,
        }, null, null);
    }
}
