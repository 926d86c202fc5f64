using Connectors.Abstractions;

namespace Connectors.Plugins.SurveysCsv.Internal;

/// <summary>What the <c>kind</c> option accepts: a well-known kind, or another name in the same lower_snake_case shape.</summary>
internal static class FeedbackKindNames
{
    public static IReadOnlyList<string> WellKnown { get; } =
    [
        FeedbackKinds.SurveyAnswer, FeedbackKinds.Message, FeedbackKinds.Review,
        FeedbackKinds.SellerFeedback, FeedbackKinds.ReturnReason, FeedbackKinds.OrderNote,
    ];

    /// <summary>True for <c>survey_answer</c>, <c>contact_form</c>: lower-case ASCII words joined by single underscores.</summary>
    public static bool IsValid(string? kind)
    {
        if (string.IsNullOrEmpty(kind) || !char.IsAsciiLetterLower(kind[0]) || kind[^1] == '_')
        {
            return false;
        }

        for (var i = 1; i < kind.Length; i++)
        {
            var c = kind[i];
            var ok = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '_' && kind[i - 1] != '_');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
