using System.Globalization;
using Connectors.Sandbox.Shopify.Data;
using Connectors.Sandbox.Surveys;

namespace Connectors.Sandbox.Tests.Surveys;

/// <summary>
/// The truth is reachable: a resolver that joins on normalised email, E.164 phone (with the connector's region) and order
/// id, and refuses a phone that leads to another email, can score precision and recall 1. Anything else is its own doing.
/// </summary>
public sealed class JoinabilityTests(SurveyExportFixture exports) : IClassFixture<SurveyExportFixture>
{
    [Fact]
    public async Task Every_persons_records_are_linked_by_keys_they_share_and_only_a_household_phone_links_two_people()
    {
        var records = await RecordsWithKeys();

        var people = records.GroupBy(r => r.Person).ToList();
        Assert.All(people, person => Assert.Equal(1, Components(person.ToList())));

        var byKey = records.SelectMany(r => r.Keys.Select(k => (Key: k, Record: r))).GroupBy(x => x.Key).ToList();
        var shared = byKey.Where(g => g.Select(x => x.Record.Person).Distinct().Count() > 1).ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, g =>
        {
            Assert.StartsWith("phone:", g.Key, StringComparison.Ordinal);
            Assert.All(g, x => Assert.True(x.Record.Traits.Contains(SurveyTraits.Household), $"{x.Record.Id} shares {g.Key} outside a household"));

            // Each person behind the phone brings an email of their own, so the phone cannot merge them.
            var emails = g.Select(x => x.Record).GroupBy(r => r.Person).Select(p => p.SelectMany(r => r.Keys).Where(k => k.StartsWith("email:", StringComparison.Ordinal)).Distinct().ToList()).ToList();
            Assert.All(emails, e => Assert.NotEmpty(e));
            Assert.Equal(emails.Sum(e => e.Count), emails.SelectMany(e => e).Distinct().Count());
        });
    }

    private async Task<List<KeyedRecord>> RecordsWithKeys()
    {
        await using var sandbox = await SandboxServer.StartAsync(SurveyExportFixture.Options, CancellationToken.None);
        var store = sandbox.Shopify.Store;
        var records = new List<KeyedRecord>();
        foreach (var record in exports.Truth.Records.Where(r => r.Has(SurveyTraits.Shopify)))
        {
            var id = ShopifyIds.CustomerIdBase + record.Person;
            var customer = store.GetCustomer(id)!;
            records.Add(new KeyedRecord(record.SourceId, record.Person, record.Traits, [
                .. Key("email", Keys.Email(customer.Email)),
                .. Key("phone", Keys.Phone(customer.Phone, null)),
                .. store.GetOrdersOfCustomer(id).Select(o => $"order:{o.Id.ToString(CultureInfo.InvariantCulture)}"),
            ]));
        }

        records.AddRange(exports.Rows.Select(r => new KeyedRecord($"{r.Connector.Name}/{r.ResponseId}", r.Person, r.Truth.Traits, [
            .. Key("email", Keys.Email(r.Email)),
            .. Key("phone", Keys.Phone(r.Phone, r.Connector.DefaultCountry)),
            .. Key("order", r.OrderId),
        ])));
        Assert.DoesNotContain(exports.Rows, r => r.Phone is not null && Keys.Phone(r.Phone, r.Connector.DefaultCountry) is null);
        return records;
    }

    private static IEnumerable<string> Key(string kind, string? value) => value is null ? [] : [$"{kind}:{value}"];

    /// <summary>How many groups one person's records fall into when records sharing a key are linked.</summary>
    private static int Components(List<KeyedRecord> records)
    {
        var parent = Enumerable.Range(0, records.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var firstWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            foreach (var key in records[i].Keys)
            {
                if (firstWithKey.TryGetValue(key, out var other))
                {
                    parent[Find(i)] = Find(other);
                }
                else
                {
                    firstWithKey[key] = i;
                }
            }
        }

        return Enumerable.Range(0, records.Count).Select(Find).Distinct().Count();
    }

    private sealed record KeyedRecord(string Id, long Person, IReadOnlyList<string> Traits, IReadOnlyList<string> Keys);
}
