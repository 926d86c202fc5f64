using Connectors.Abstractions;
using Connectors.PluginSdk.Sources;

namespace Connectors.PluginSdk.Tests.Sources;

public sealed class SourceBatchBuilderTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static CustomerRecord Customer(string? email, string? name, DateTimeOffset seen, params string[] orders) =>
        new() { SourceId = "c1", Channel = "test", Email = email, Name = name, SeenAt = seen, OrderIds = orders };

    [Fact]
    public void A_customer_met_twice_is_sent_once_with_the_latest_details_and_every_order()
    {
        var builder = new SourceBatchBuilder();
        builder.Add(Customer("old@example.com", "Ann", Day, "o1"));
        builder.Add(Customer(null, "Ann B", Day.AddDays(1), "o2"), problem: new SourceProblem("row 3", "no rating"));

        var batch = builder.Build("{\"after\":2}");

        var customer = Assert.Single(batch.Customers);
        Assert.Equal(("old@example.com", "Ann B"), (customer.Email, customer.Name));
        Assert.Equal(["o1", "o2"], customer.OrderIds);
        Assert.Single(batch.Problems);
        Assert.Equal("{\"after\":2}", batch.Checkpoint);
    }

    [Fact]
    public void The_fullest_record_wins_over_a_bare_link()
    {
        var builder = new SourceBatchBuilder(CustomerMerges.FullestWins);
        builder.Add(Customer(null, null, Day.AddDays(2), "o9"));
        builder.Add(Customer("cy@example.com", "Cy", Day));

        var customer = Assert.Single(builder.Build(null).Customers);

        Assert.Equal(("cy@example.com", "Cy", Day.AddDays(2)), (customer.Email, customer.Name, customer.SeenAt));
        Assert.Equal(["o9"], customer.OrderIds);
    }

    [Fact]
    public void Items_count_what_was_added_and_a_build_starts_afresh()
    {
        var builder = new SourceBatchBuilder();
        builder.Add();
        builder.Add(feedback: new FeedbackRecord { SourceId = "f1", Channel = "test", Kind = FeedbackKinds.Review, OccurredAt = Day });
        Assert.Equal(2, builder.Items);

        var batch = builder.Build("x");

        Assert.Single(batch.Feedback);
        Assert.True(builder.IsEmpty);
        Assert.Empty(builder.Build("y").Feedback);
    }
}
