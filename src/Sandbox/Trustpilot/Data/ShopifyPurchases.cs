using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>
/// Picks Shopify customers and one of their orders from the same pure functions the Shopify emulator serves, so a
/// review's referral email is a customer's email and its reference id that customer's order.
/// </summary>
internal sealed class ShopifyPurchases(SandboxPeople people, SandboxOptions options)
{
    private readonly ShopifySeedData _shop = new(people, options);

    /// <summary>A customer with an email and at least one order, from a random start; null when none of the next few has one.</summary>
    public ShopifyPurchase? Pick(ref DeterministicRandom r)
    {
        if (_shop.Customers == 0)
        {
            return null;
        }

        var start = r.Next(_shop.Customers);
        for (var k = 0; k < 16; k++)
        {
            var customer = (start + k) % _shop.Customers;
            var orders = _shop.OrderCount(customer);
            if (orders == 0 || people.Get(customer).Email is null)
            {
                continue;
            }

            var slot = ((long)customer * _shop.Slots) + r.Next(orders);
            return new ShopifyPurchase(customer, ShopifySeedData.OrderId(slot), ShopifySeedData.Time(_shop.OrderCreatedAt(slot)));
        }

        return null;
    }

    /// <summary>The first order of a customer, or null (for reviews added through the control API).</summary>
    public ShopifyPurchase? FirstOrderOf(long customer)
    {
        if (customer < 0 || customer >= _shop.Customers || _shop.OrderCount((int)customer) == 0)
        {
            return null;
        }

        var slot = customer * _shop.Slots;
        return new ShopifyPurchase((int)customer, ShopifySeedData.OrderId(slot), ShopifySeedData.Time(_shop.OrderCreatedAt(slot)));
    }
}
