namespace Connectors.Sandbox.Tests.Amazon;

/// <summary>Amazon buyers are the sandbox's people: some are Shopify customers with the same email and phone.</summary>
public sealed class AmazonIdentityTests
{
    [Fact]
    public async Task Some_buyers_are_shopify_customers_with_the_same_email_and_phone_others_only_buy_on_amazon()
    {
        await using var sandbox = await AmazonSandbox.StartAsync(customers: 200);
        var token = await sandbox.AccessTokenAsync();
        var rdt = await sandbox.RestrictedTokenAsync(token, ("GET", "/orders/v0/orders", ["buyerInfo", "shippingAddress"]));
        var amazon = sandbox.Amazon();
        var shared = 0;
        var amazonOnly = 0;
        var relayed = 0;
        string? next = null;
        do
        {
            var path = next is null ? AmazonSandbox.AllOrders("ATVPDKIKX0DER,A1PA6795UKMFR9,A1F83G8C2ARO7P") : $"orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&NextToken={Uri.EscapeDataString(next)}";
            var payload = (await sandbox.GetAsync(path, rdt)).Json.GetProperty("payload");
            foreach (var order in payload.GetProperty("Orders").EnumerateArray())
            {
                var person = sandbox.Server.People.Get(amazon.Orders.Find(order.GetProperty("AmazonOrderId").GetString()!)!.BuyerIndex);
                var email = order.GetProperty("BuyerInfo").GetProperty("BuyerEmail").GetString()!;
                Assert.Equal($"{person.FirstName} {person.LastName}", order.GetProperty("BuyerInfo").GetProperty("BuyerName").GetString());
                if (email.Contains("@marketplace.amazon.", StringComparison.Ordinal))
                {
                    relayed++;
                }
                else
                {
                    Assert.Equal(person.Email, email);
                }

                if (order.GetProperty("ShippingAddress").TryGetProperty("Phone", out var phone))
                {
                    Assert.Contains(phone.GetString(), new[] { person.PhoneE164, person.PhoneNational });
                }

                if (person.Index < sandbox.Server.Options.Customers)
                {
                    // Shopify customer #i is sandbox person #i.
                    var customer = sandbox.Shopify.Store.GetCustomer(7_000_000_000_000 + person.Index)!;
                    Assert.Equal(person.Email, customer.Email);
                    shared++;
                }
                else
                {
                    amazonOnly++;
                }
            }

            next = payload.TryGetProperty("NextToken", out var n) ? n.GetString() : null;
        }
        while (next is not null);

        Assert.True(shared > 10, $"{shared} buyers are Shopify customers");
        Assert.True(amazonOnly > 10, $"{amazonOnly} buyers only buy on Amazon");
        Assert.True(relayed > 0, "no anonymised buyer email");
    }

    [Fact]
    public async Task The_feedback_report_names_the_order_and_the_email_amazon_shows_for_its_buyer()
    {
        await using var sandbox = await AmazonSandbox.StartAsync(customers: 300);
        var token = await sandbox.AccessTokenAsync();
        var id = await AmazonReportsTests.CreateAsync(sandbox, token, "GET_SELLER_FEEDBACK_DATA", AmazonTestClient.Us);
        sandbox.Amazon().Reports.Force(sandbox.Amazon().Reports.Find(id)!, "DONE");
        var (text, _, _) = await AmazonReportsTests.DownloadAsync(sandbox, token, id);
        var row = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].Split('\t');
        var order = sandbox.Amazon().Orders.Find(row[4])!;
        var rdt = await sandbox.RestrictedTokenAsync(token, ("GET", $"/orders/v0/orders/{order.AmazonOrderId}/buyerInfo", []));

        var info = (await sandbox.GetAsync($"orders/v0/orders/{order.AmazonOrderId}/buyerInfo", rdt)).Json.GetProperty("payload");

        Assert.Equal(info.GetProperty("BuyerEmail").GetString(), row[5]);
    }
}
