using Connectors.EndToEnd.Tests.Support;

namespace Connectors.EndToEnd.Tests;

/// <summary>An operator looks at one customer across channels, reviews the pairs held apart, and decides; later syncs respect the decisions.</summary>
public sealed class CustomersCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public CustomersCommandTests()
    {
        _dir.File("connectors.json", """
            { "store": { "connectionString": "Data Source=data/store.db" },
              "connectors": [
                { "name": "nps", "plugin": "surveys-csv", "region": "US",
                  "options": { "directory": "nps", "scale": "nps-0-10",
                    "columns": { "responseId": "id", "submittedAt": "at", "email": "email", "phone": "phone", "name": "name", "score": "score", "comment": "comment" } } },
                { "name": "csat", "plugin": "surveys-csv", "region": "US",
                  "options": { "directory": "csat", "scale": "csat-1-5",
                    "columns": { "responseId": "id", "submittedAt": "at", "email": "email", "phone": "phone", "score": "score", "comment": "comment" } } } ] }
            """);
        // Ada and Bob share the household phone; Ada answers the CSAT survey too, typing her email in capitals.
        _dir.File("nps/nps.csv", """
            id,at,email,phone,name,score,comment
            n1,2026-10-01T10:00:00Z,ada@example.com,(415) 555-0100,Ada Lovelace,9,Great service
            n2,2026-10-02T10:00:00Z,bob@example.com,+1 415 555 0100,Bob Lovelace,3,The parcel arrived damaged
            """);
        _dir.File("csat/csat.csv", """
            id,at,email,phone,score,comment
            c1,2026-10-03T10:00:00Z, ADA@EXAMPLE.COM ,,5,Quick answer
            """);
    }

    public void Dispose() => _dir.Dispose();

    private Task<HostResult> Host(params string[] args) => HostProcess.RunAsync(_dir.Path, [.. args, "-c", "connectors.json"]);

    private string Db => Path.Combine(_dir.Path, "data", "store.db");

    private long CustomerOf(string email) =>
        StoreQueries.Scalar(Db, $"SELECT customer_id FROM customer_identities WHERE channel = 'email' AND external_id = '{email}'");

    [Fact]
    public async Task Show_explains_the_customer_review_lists_the_household_and_the_operators_decisions_hold()
    {
        Assert.Equal(0, (await Host("sync")).ExitCode);
        var (ada, bob) = (CustomerOf("ada@example.com"), CustomerOf("bob@example.com"));
        Assert.NotEqual(ada, bob);

        var show = await Host("customers", "show", "ADA@example.com");
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains($"Customer {ada}", show.Stdout, StringComparison.Ordinal);
        Assert.Contains("email ada@example.com", show.Stdout, StringComparison.Ordinal); // why the CSAT answer joined
        Assert.Contains("+14155550100", show.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Held apart from customer {bob} (open)", show.Stdout, StringComparison.Ordinal);

        var review = await Host("customers", "review");
        Assert.Contains("phone +14155550100", review.Stdout, StringComparison.Ordinal);
        Assert.Contains("customers merge", review.Stdout, StringComparison.Ordinal);

        // The operator knows better: one person after all. A re-read of the exports keeps them together.
        Assert.Equal(0, (await Host("customers", "merge", $"{ada}", $"{bob}", "--note", "same person, two addresses")).ExitCode);
        Assert.Equal(CustomerOf("ada@example.com"), CustomerOf("bob@example.com"));
        Assert.Contains("No pairs to review", (await Host("customers", "review")).Stdout, StringComparison.Ordinal);
        StoreQueries.Execute(Db, "DELETE FROM checkpoints");
        Assert.Equal(0, (await Host("sync")).ExitCode);
        Assert.Equal(CustomerOf("ada@example.com"), CustomerOf("bob@example.com"));

        // ... and then not: Bob's email goes back to a customer of its own, which later syncs keep apart.
        var unmerge = await Host("customers", "unmerge", $"{ada}", "email:bob@example.com");
        Assert.True(unmerge.ExitCode == 0, unmerge.ToString());
        Assert.NotEqual(CustomerOf("ada@example.com"), CustomerOf("bob@example.com"));
        _dir.File("csat/later.csv", "id,at,email,phone,score,comment\nc2,2026-10-04T10:00:00Z,bob@example.com,+14155550100,2,Still broken\n");
        Assert.Equal(0, (await Host("sync")).ExitCode);
        Assert.NotEqual(CustomerOf("ada@example.com"), CustomerOf("bob@example.com"));
        Assert.Equal(CustomerOf("bob@example.com"), StoreQueries.Scalar(Db, "SELECT customer_id FROM feedback WHERE key = 'nps:n2'"));
    }

    [Fact]
    public async Task Mistyped_customers_and_impossible_decisions_say_what_to_do_and_exit_2()
    {
        Assert.Equal(0, (await Host("sync")).ExitCode);

        var unknown = await Host("customers", "show", "nobody@example.com");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no customer has email nobody@example.com", unknown.Stdout + unknown.Stderr, StringComparison.Ordinal);

        var self = await Host("customers", "merge", "1", "1");
        Assert.Equal(2, self.ExitCode);
        Assert.Contains("the same customer", self.Stdout + self.Stderr, StringComparison.Ordinal);

        var missing = await Host("customers", "unmerge", $"{CustomerOf("ada@example.com")}", "email:bob@example.com");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("has no identity email:bob@example.com; customers show", missing.Stdout + missing.Stderr, StringComparison.Ordinal);
    }
}
