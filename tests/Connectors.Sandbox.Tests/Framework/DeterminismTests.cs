namespace Connectors.Sandbox.Tests.Framework;

public sealed class DeterminismTests
{
    private const string Page = """
        { customers(first: 40, sortKey: UPDATED_AT) { nodes { id firstName lastName email phone note tags state locale createdAt updatedAt
            emailMarketingConsent { marketingState marketingOptInLevel consentUpdatedAt } smsMarketingConsent { marketingState }
            defaultAddress { countryCodeV2 city } orders(first: 5) { nodes { id note phone totalPriceSet { shopMoney { amount } } } } } } }
        """;

    [Fact]
    public async Task The_same_seed_gives_the_same_shop_and_another_seed_another()
    {
        var a = await Snapshot(42);
        var b = await Snapshot(42);
        var c = await Snapshot(43);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);

        static async Task<string> Snapshot(int seed)
        {
            await using var sandbox = await SandboxHarness.StartAsync(customers: 200, o => o.Seed = seed);
            return (await sandbox.QueryAsync(Page)).Data.GetRawText();
        }
    }

    [Fact]
    public async Task Bulk_results_are_identical_for_the_same_seed()
    {
        Assert.Equal(await Bulk(), await Bulk());

        static async Task<string> Bulk()
        {
            await using var sandbox = await SandboxHarness.StartAsync(customers: 40);
            var started = await sandbox.QueryAsync("mutation { bulkOperationRunQuery(query: \"{ orders { nodes { id note customer { id } } } }\") { bulkOperation { id } } }");
            var id = started.Data.GetProperty("bulkOperationRunQuery").GetProperty("bulkOperation").GetProperty("id").GetString();
            for (var i = 0; i < 200 && sandbox.Shopify.Bulk.Get(Gids.Legacy(id))!.IsRunning; i++)
            {
                await Task.Delay(20);
            }

            return await sandbox.Http.GetStringAsync($"_sandbox/shopify/bulk/{Gids.Legacy(id)}.jsonl");
        }
    }
}
