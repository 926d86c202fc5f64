namespace Connectors.Sandbox.Trustpilot;

/// <summary>Settings of the Trustpilot emulator fixed at start: credentials, the business unit and the shape of the seeded reviews.</summary>
public sealed class TrustpilotOptions
{
    /// <summary>Accepted API key.</summary>
    public string ApiKey { get; set; } = TrustpilotDefaults.ApiKey;

    /// <summary>Accepted API secret.</summary>
    public string ApiSecret { get; set; } = TrustpilotDefaults.ApiSecret;

    /// <summary>Accepted business user of the password grant.</summary>
    public string Username { get; set; } = TrustpilotDefaults.Username;

    /// <summary>That user's password.</summary>
    public string Password { get; set; } = TrustpilotDefaults.Password;

    /// <summary>The business unit's id.</summary>
    public string BusinessUnitId { get; set; } = TrustpilotDefaults.BusinessUnitId;

    /// <summary>The business unit's domain (its identifying name).</summary>
    public string Domain { get; set; } = TrustpilotDefaults.Domain;

    /// <summary>The business unit's display name.</summary>
    public string DisplayName { get; set; } = TrustpilotDefaults.DisplayName;

    /// <summary>Seeded service reviews (null: as many as the sandbox's customers). Up to 1,000,000, built on first use.</summary>
    public int? ServiceReviews { get; set; }

    /// <summary>Seeded product reviews (null: half the sandbox's customers).</summary>
    public int? ProductReviews { get; set; }

    /// <summary>Share of service reviews that came through an invitation: with the buyer's email and Shopify order id.</summary>
    public double InvitedShare { get; set; } = 0.6;

    /// <summary>Share of seeded service reviews the business has answered (more of the bad ones).</summary>
    public double RepliedShare { get; set; } = 0.35;

    /// <summary>End of the seeded reviews (null: the sandbox's <c>DataEpoch</c>); no seeded review is dated after it.</summary>
    public DateTimeOffset? HistoryEnd { get; set; }

    /// <summary>The run-time knobs at start.</summary>
    public TrustpilotKnobs Knobs { get; set; } = new();

    internal int EffectiveServiceReviews(SandboxOptions sandbox) => ServiceReviews ?? sandbox.Customers;

    internal int EffectiveProductReviews(SandboxOptions sandbox) => ProductReviews ?? sandbox.Customers / 2;

    /// <summary>Every problem with the values, each naming the option; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (ServiceReviews is < 0 or > 1_000_000)
        {
            errors.Add($"serviceReviews must be between 0 and 1000000, was {ServiceReviews}");
        }

        if (ProductReviews is < 0 or > 1_000_000)
        {
            errors.Add($"productReviews must be between 0 and 1000000, was {ProductReviews}");
        }

        if (string.IsNullOrWhiteSpace(ApiKey) || string.IsNullOrWhiteSpace(ApiSecret))
        {
            errors.Add("apiKey and apiSecret must not be empty");
        }

        Share(errors, "invitedShare", InvitedShare);
        Share(errors, "repliedShare", RepliedShare);
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
