namespace Connectors.Sandbox.Amazon.Data;

/// <summary>One row of GET_SELLER_FEEDBACK_DATA (1-3 stars only reach the report).</summary>
/// <param name="Date">When the buyer left it.</param>
/// <param name="Rating">1-5 stars.</param>
/// <param name="Comments">The buyer's text, in the buyer's language.</param>
/// <param name="Response">The seller's answer, or empty.</param>
/// <param name="Order">The order it is about.</param>
/// <param name="RaterEmail">The buyer's email as Amazon shows it.</param>
public sealed record SellerFeedbackRow(DateTimeOffset Date, int Rating, string Comments, string Response, AmazonOrder Order, string RaterEmail);
