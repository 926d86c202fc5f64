using System.Globalization;

namespace Connectors.Sandbox.Amazon.Limits;

/// <summary>One operation's default usage plan: requests per second and burst, as its model's description states.</summary>
/// <param name="Operation">The model's operation id (<c>getOrders</c>).</param>
/// <param name="Rate">Requests per second restored.</param>
/// <param name="Burst">Bucket size.</param>
public sealed record UsagePlan(string Operation, double Rate, int Burst)
{
    /// <summary>The <c>x-amzn-RateLimit-Limit</c> value: the rate as the model writes it.</summary>
    public string Header(double scale) => (Rate * scale).ToString("0.####", CultureInfo.InvariantCulture);
}
