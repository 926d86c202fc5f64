namespace Connectors.Sandbox.Shopify;

/// <summary>
/// Shopify behaviour that tests and benchmarks switch at run time (beside the generic
/// <see cref="Framework.FaultSettings"/>): throttling, bulk speed and failure, webhook redelivery.
/// </summary>
public sealed record ShopifyKnobs
{
    /// <summary>Cost-based throttling on (the default) or off (benchmarks of the pipeline alone).</summary>
    public bool ThrottlingEnabled { get; init; } = true;

    /// <summary>HTTP status of a THROTTLED answer: 200 (as Shopify mostly does) or 429 (also reported).</summary>
    public int ThrottledStatusCode { get; init; } = 200;

    /// <summary>Plan that sizes the cost bucket.</summary>
    public ShopifyPlan Plan { get; init; } = ShopifyPlan.Standard;

    /// <summary>Overrides the plan's bucket size when set.</summary>
    public double? BucketSize { get; init; }

    /// <summary>Overrides the plan's restore rate (points per second) when set.</summary>
    public double? RestoreRate { get; init; }

    /// <summary>How fast a bulk operation produces objects, per second of wall time; 0 means as fast as possible.</summary>
    public double BulkObjectsPerSecond { get; init; }

    /// <summary>When set, bulk operations fail (INTERNAL_SERVER_ERROR, with partialDataUrl) after this many objects.</summary>
    public long? BulkFailAfterObjects { get; init; }

    /// <summary>Extra times each webhook delivery is sent again with the same <c>X-Shopify-Webhook-Id</c>.</summary>
    public int WebhookRedeliveries { get; init; }

    /// <summary>How many times a failed delivery (non-2xx or no answer) is retried, one second apart.</summary>
    public int WebhookRetries { get; init; } = 1;

    /// <summary>The bucket size in force.</summary>
    public double EffectiveBucketSize => BucketSize ?? Plan switch
    {
        ShopifyPlan.Advanced => 4000,
        ShopifyPlan.Plus => 20000,
        ShopifyPlan.Enterprise => 40000,
        _ => 2000,
    };

    /// <summary>The restore rate in force, points per second.</summary>
    public double EffectiveRestoreRate => RestoreRate ?? Plan switch
    {
        ShopifyPlan.Advanced => 200,
        ShopifyPlan.Plus => 1000,
        ShopifyPlan.Enterprise => 2000,
        _ => 100,
    };

    /// <summary>Every problem with the values; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (ThrottledStatusCode is not (200 or 429))
        {
            errors.Add($"throttledStatusCode must be 200 or 429, was {ThrottledStatusCode}");
        }

        if (BucketSize is <= 0)
        {
            errors.Add($"bucketSize must be positive, was {BucketSize}");
        }

        if (RestoreRate is <= 0)
        {
            errors.Add($"restoreRate must be positive, was {RestoreRate}");
        }

        if (BulkObjectsPerSecond < 0)
        {
            errors.Add($"bulkObjectsPerSecond must be 0 (unlimited) or more, was {BulkObjectsPerSecond}");
        }

        if (BulkFailAfterObjects is < 0)
        {
            errors.Add($"bulkFailAfterObjects must be 0 or more, was {BulkFailAfterObjects}");
        }

        if (WebhookRedeliveries is < 0 or > 10)
        {
            errors.Add($"webhookRedeliveries must be between 0 and 10, was {WebhookRedeliveries}");
        }

        if (WebhookRetries is < 0 or > 10)
        {
            errors.Add($"webhookRetries must be between 0 and 10, was {WebhookRetries}");
        }

        return errors;
    }
}
