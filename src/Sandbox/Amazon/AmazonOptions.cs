using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Amazon;

/// <summary>Settings of the Amazon emulator fixed at start: credentials and the shape of the seeded data.</summary>
public sealed class AmazonOptions
{
    /// <summary>Accepted LWA client id.</summary>
    public string ClientId { get; set; } = AmazonDefaults.ClientId;

    /// <summary>Accepted LWA client secret.</summary>
    public string ClientSecret { get; set; } = AmazonDefaults.ClientSecret;

    /// <summary>Accepted refresh tokens, one per seller authorisation; each has its own usage-plan buckets.</summary>
    public IList<string> RefreshTokens { get; } = [AmazonDefaults.RefreshToken];

    /// <summary>Seeded orders (null: the sandbox's customers × orders per customer). Up to 50,000,000, generated on demand.</summary>
    public long? Orders { get; set; }

    /// <summary>First sandbox person who buys on Amazon (null: half the sandbox's customers, so half the buyers are Shopify customers too).</summary>
    public long? FirstBuyer { get; set; }

    /// <summary>How many consecutive sandbox people buy on Amazon (null: as many as the sandbox's customers).</summary>
    public long? Buyers { get; set; }

    /// <summary>End of the seeded order history (null: the sandbox's <c>DataEpoch</c>); it spans the sandbox's <c>HistoryDays</c>.</summary>
    public DateTimeOffset? HistoryEnd { get; set; }

    /// <summary>Share of buyers Amazon shows with an anonymised relay address; the others show their own email (to test joins on email).</summary>
    public double AnonymisedEmailShare { get; set; } = 0.5;

    /// <summary>Share of delivered orders whose buyer leaves seller feedback (any rating; the report lists 1-3 stars only).</summary>
    public double FeedbackShare { get; set; } = 0.25;

    /// <summary>Share of feedback given 1-3 stars (the rest is 4-5 and never in the report).</summary>
    public double CriticalFeedbackShare { get; set; } = 0.4;

    /// <summary>Share of delivered FBA orders with a customer return.</summary>
    public double ReturnShare { get; set; } = 0.1;

    /// <summary>The run-time knobs at start.</summary>
    public AmazonKnobs Knobs { get; set; } = new();

    internal long EffectiveOrders(SandboxOptions sandbox) => Orders ?? (long)sandbox.Customers * sandbox.OrdersPerCustomer;

    internal long EffectiveFirstBuyer(SandboxOptions sandbox) => FirstBuyer ?? sandbox.Customers / 2;

    internal long EffectiveBuyers(SandboxOptions sandbox) => Math.Max(1, Buyers ?? sandbox.Customers);

    /// <summary>Every problem with the values, each naming the option; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Orders is < 0 or > 50_000_000)
        {
            errors.Add($"orders must be between 0 and 50000000, was {Orders}");
        }

        if (FirstBuyer is < 0)
        {
            errors.Add($"firstBuyer must be 0 or more, was {FirstBuyer}");
        }

        if (Buyers is < 1)
        {
            errors.Add($"buyers must be 1 or more, was {Buyers}");
        }

        if (RefreshTokens.Count == 0 || RefreshTokens.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("refreshTokens must hold at least one token and no empty one");
        }

        Share(errors, "anonymisedEmailShare", AnonymisedEmailShare);
        Share(errors, "feedbackShare", FeedbackShare);
        Share(errors, "criticalFeedbackShare", CriticalFeedbackShare);
        Share(errors, "returnShare", ReturnShare);
        errors.AddRange(Knobs.Validate().Select(e => "knobs." + e));
        return errors;
    }

    private static void Share(List<string> errors, string name, double value)
    {
        if (value is < 0 or > 1 || double.IsNaN(value))
        {
            errors.Add($"{name} must be between 0 and 1, was {value}");
        }
    }
}
