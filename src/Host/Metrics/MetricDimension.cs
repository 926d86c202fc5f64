using System.Text.Json.Serialization;

namespace Connectors.Host.Metrics;

/// <summary>What a report breaks feedback down by, or what an alert rule measures each value of separately.</summary>
public enum MetricDimension
{
    /// <summary>All feedback together.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>The channel (shopify, trustpilot, survey, ...).</summary>
    [JsonStringEnumMemberName("channel")]
    Channel,

    /// <summary>The kind (review, survey_answer, ...).</summary>
    [JsonStringEnumMemberName("kind")]
    Kind,

    /// <summary>Each topic the enrichers found; an item with two topics counts in both, an item with none in no topic.</summary>
    [JsonStringEnumMemberName("topic")]
    Topic,

    /// <summary>The language as identified (else as the source stated it).</summary>
    [JsonStringEnumMemberName("language")]
    Language,

    /// <summary>The unified customer's country.</summary>
    [JsonStringEnumMemberName("country")]
    Country,
}
