using Connectors.Abstractions;

namespace Connectors.Plugins.SurveysCsv.Internal;

/// <summary>What one CSV row became: an answer (with its respondent, if any), a problem, or nothing for a blank line.</summary>
internal readonly record struct RowResult(FeedbackRecord? Feedback, CustomerRecord? Customer, SourceProblem? Problem)
{
    public static RowResult Blank => default;

    public static RowResult Answer(FeedbackRecord feedback, CustomerRecord? customer) => new(feedback, customer, null);

    public static RowResult Skipped(SourceProblem problem) => new(null, null, problem);
}
