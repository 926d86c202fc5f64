namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>One row of an export, with the person it truly is and the traits that make it a test case.</summary>
internal sealed class SurveyAnswer
{
    public required ExportLayout Export { get; init; }

    /// <summary>The true sandbox person index.</summary>
    public required long Person { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>Creation order, the last tiebreak when two rows have the same time and person.</summary>
    public required int Ordinal { get; init; }

    /// <summary>The tool's response id, set once the rows of the export are in time order.</summary>
    public string ResponseId { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Name { get; set; }

    public string? OrderId { get; set; }

    public int? Score { get; set; }

    public string? Comment { get; set; }

    public string? Subject { get; set; }

    /// <summary>Delighted's delivery channel: <c>email</c> or <c>sms</c>.</summary>
    public string? DeliveryChannel { get; set; }

    /// <summary>Typeform's network id: one per household or person.</summary>
    public string? NetworkId { get; set; }

    /// <summary>Seconds between opening the form and submitting it.</summary>
    public int SecondsToSubmit { get; set; }

    public List<string> Traits { get; } = [];
}
