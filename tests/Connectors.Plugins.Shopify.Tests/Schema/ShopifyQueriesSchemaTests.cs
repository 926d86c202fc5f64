using Connectors.Plugins.Shopify.Client;

namespace Connectors.Plugins.Shopify.Tests.Schema;

/// <summary>Every document the client can send validates against Shopify's Admin schema of the version it is sent to.</summary>
public sealed class ShopifyQueriesSchemaTests
{
    public static TheoryData<string> Versions => new() { "2025-01", "2025-04", "2025-07", "2025-10", "2026-01" };

    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (var version in Versions)
        {
            foreach (var operation in ShopifyQueries.All(version))
            {
                data.Add(version, operation.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_query_and_mutation_validates_against_the_admin_schema(string version, string operation)
    {
        var text = ShopifyQueries.All(version).Single(o => o.Name == operation).Text;

        var errors = new QueryValidator(AdminSchemas.For(version)).Validate(text);

        Assert.True(errors.Count == 0, $"{operation} ({version}) does not validate:\n{string.Join("\n", errors)}\n{text}");
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void The_query_set_covers_paging_bulk_and_the_check(string version)
    {
        var names = ShopifyQueries.All(version).Select(o => o.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Subset(names.ToHashSet(), new HashSet<string> { "Shop", "CustomersPage", "OrdersPage", "BulkRun", "BulkById", "CurrentBulk", "BulkCustomers", "BulkOrders" });
    }

    [Fact]
    public void From_2025_04_customers_are_read_through_the_default_contact_fields_and_no_deprecated_contact_field()
    {
        var validator = new QueryValidator(AdminSchemas.For("2025-04"));

        foreach (var text in new[] { ShopifyQueries.CustomersPage(ShopifyApiVersion.Parse("2025-04")).Text, ShopifyQueries.BulkCustomers(ShopifyApiVersion.Parse("2025-04"), null) })
        {
            var (errors, deprecated) = validator.ValidateWithDeprecations(text);
            Assert.Empty(errors);
            Assert.Contains("defaultEmailAddress", text, StringComparison.Ordinal);
            Assert.Contains("defaultPhoneNumber", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Customer.email", deprecated);
            Assert.DoesNotContain("Customer.phone", deprecated);
        }
    }

    [Fact]
    public void The_2025_04_customer_fields_do_not_exist_in_2025_01_so_the_version_split_matters()
    {
        var text = ShopifyQueries.CustomersPage(ShopifyApiVersion.Parse("2025-04")).Text;

        var errors = new QueryValidator(AdminSchemas.As2025_01).Validate(text);

        Assert.Contains(errors, e => e.Contains("Customer has no field 'defaultEmailAddress'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Customer has no field 'defaultPhoneNumber'", StringComparison.Ordinal));
    }

    [Fact]
    public void Before_2025_04_customers_are_read_through_email_and_phone()
    {
        var text = ShopifyQueries.CustomersPage(ShopifyApiVersion.Parse("2025-01")).Text;

        Assert.DoesNotContain("defaultEmailAddress", text, StringComparison.Ordinal);
        Assert.Contains(" email phone ", text, StringComparison.Ordinal);
    }
}
