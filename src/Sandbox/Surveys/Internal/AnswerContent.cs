using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>What an answer says: NPS and CSAT scores spread as real surveys' are, comments that match them, contact messages.</summary>
internal static class AnswerContent
{
    /// <summary>About half promoters (9-10), a quarter passives (7-8), a fifth detractors (0-6).</summary>
    public static int NpsScore(ref DeterministicRandom random) => random.Next(100) switch
    {
        < 8 => random.Next(0, 5),
        < 20 => random.Next(5, 7),
        < 45 => random.Next(7, 9),
        _ => random.Next(9, 11),
    };

    /// <summary>Mostly satisfied (4-5), some neutral, some unhappy.</summary>
    public static int CsatScore(ref DeterministicRandom random) => random.Next(100) switch
    {
        < 8 => 1,
        < 15 => 2,
        < 30 => 3,
        < 60 => 4,
        _ => 5,
    };

    /// <summary>A score and, most of the time, a comment whose tone matches it, now and then over two lines.</summary>
    public static void Rate(SurveyAnswer answer, string language, int score, double emptyShare, ref DeterministicRandom random)
    {
        answer.Score = score;
        var stars = answer.Export.Kind == ExportKind.Nps
            ? score switch { <= 4 => 1, <= 6 => 2, <= 8 => 3, _ => 5 }
            : score switch { <= 2 => score, 3 => 3, _ => 5 };
        if (random.Chance(emptyShare))
        {
            return;
        }

        var variant = random.NextUInt64();
        var comment = SandboxText.Feedback(language, stars, variant);
        if (random.Chance(0.05))
        {
            comment += "\n" + SandboxText.Feedback(language, stars, variant + 1);
        }

        answer.Comment = comment;
    }

    /// <summary>A contact-form message: a complaint, a question or praise, with the subject the writer picked.</summary>
    public static void Write(SurveyAnswer answer, string language, ref DeterministicRandom random)
    {
        var roll = random.Next(100);
        var topic = roll < 50 ? 0 : roll < 85 ? 1 : 2;
        var variant = random.NextUInt64();
        answer.Subject = ContactPhrases.Subject(language, topic);
        answer.Comment = topic switch
        {
            0 => SandboxText.Feedback(language, 1, variant),
            1 => ContactPhrases.Question(language, variant),
            _ => SandboxText.Feedback(language, 5, variant),
        };
    }
}
