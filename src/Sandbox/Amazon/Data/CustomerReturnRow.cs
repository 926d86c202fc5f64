namespace Connectors.Sandbox.Amazon.Data;

/// <summary>One row of GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA.</summary>
/// <param name="ReturnDate">When the unit came back to the fulfilment centre.</param>
/// <param name="Order">The order.</param>
/// <param name="Line">The returned item.</param>
/// <param name="FulfillmentCenterId">Fulfilment centre code.</param>
/// <param name="DetailedDisposition">State of the returned unit (<c>SELLABLE</c>, <c>CUSTOMER_DAMAGED</c>, ...).</param>
/// <param name="Reason">Amazon's return reason code (<c>DEFECTIVE</c>, <c>NOT_AS_DESCRIBED</c>, ...).</param>
/// <param name="Status">What happened to the unit.</param>
/// <param name="LicensePlateNumber">The return's licence plate number.</param>
/// <param name="CustomerComments">The buyer's comment, often empty.</param>
public sealed record CustomerReturnRow(
    DateTimeOffset ReturnDate,
    AmazonOrder Order,
    OrderLine Line,
    string FulfillmentCenterId,
    string DetailedDisposition,
    string Reason,
    string Status,
    string LicensePlateNumber,
    string CustomerComments);
