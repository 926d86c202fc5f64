using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Connectors.Abstractions;
using Connectors.Host.Configuration;

namespace Connectors.Host.Routing;

/// <summary>One entry of the <c>routes</c> section: which changed records go to which sinks, how urgently, in what words.</summary>
public sealed class RouteOptions : IValidatableObject, IJsonPathAware
{
    internal const string Feedback = "feedback";
    internal const string Customers = "customers";

    /// <summary>Names the route in the outbox, in <c>routes test</c> and in templates.</summary>
    [Required(ErrorMessage = "is required")]
    public string Name { get; set; } = "";

    /// <summary><c>feedback</c> (the default) or <c>customers</c> (every changed customer).</summary>
    public string What { get; set; } = Feedback;

    /// <summary>What a feedback item must be to take this route; absent, every item does.</summary>
    public FeedbackCondition? When { get; set; }

    /// <summary>The sink connector, or several: <c>"helpdesk"</c> or <c>["helpdesk", "slack"]</c>.</summary>
    public List<string> To { get; set; } = [];

    /// <summary>The priority the sinks get; absent, the item's enriched priority.</summary>
    public Priority? Priority { get; set; }

    /// <summary>A Liquid file (relative to the configuration file) that renders the text the sinks write.</summary>
    public string? Template { get; set; }

    /// <summary>Drafts (or sends) an answer to each item on its own channel, from a template.</summary>
    public ReplyRouteOptions? Reply { get; set; }

    /// <summary>Where the entry is in the file, for error messages.</summary>
    [JsonIgnore]
    public string JsonPath { get; set; } = "";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (What is not (Feedback or Customers))
        {
            yield return new ValidationResult($"'{What}' is not routable; use \"{Feedback}\" or \"{Customers}\"", [nameof(What)]);
        }
        else if (What == Customers && When is { IsEmpty: false })
        {
            yield return new ValidationResult("a customers route takes every changed customer; \"when\" applies to feedback routes only", [nameof(When)]);
        }
        else if (What == Customers && Reply is not null)
        {
            yield return new ValidationResult("a customers route has nothing to answer; \"reply\" applies to feedback routes only", [nameof(Reply)]);
        }

        if (To.Count == 0 && Reply is null)
        {
            yield return new ValidationResult("must name at least one sink connector (or draft a \"reply\")", [nameof(To)]);
        }
    }
}
