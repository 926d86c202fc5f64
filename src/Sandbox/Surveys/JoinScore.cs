using System.Globalization;

namespace Connectors.Sandbox.Surveys;

/// <summary>
/// Pairwise quality of identity resolution against the truth: of every pair of records put on one customer, how many
/// are one person (precision), and of every pair of records of one person, how many were put on one customer (recall).
/// </summary>
/// <param name="TruePairs">Pairs of records of the same person.</param>
/// <param name="JoinedPairs">Pairs of records the pipeline put on the same customer.</param>
/// <param name="CorrectPairs">Pairs that are both.</param>
public sealed record JoinScore(long TruePairs, long JoinedPairs, long CorrectPairs)
{
    /// <summary>Correct pairs over joined pairs; 1 when nothing was joined.</summary>
    public double Precision => JoinedPairs == 0 ? 1 : (double)CorrectPairs / JoinedPairs;

    /// <summary>Correct pairs over true pairs; 1 when no person has two records.</summary>
    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    /// <summary>Joined pairs that are two people.</summary>
    public long WrongPairs => JoinedPairs - CorrectPairs;

    /// <summary>Pairs of one person the pipeline left apart.</summary>
    public long MissedPairs => TruePairs - CorrectPairs;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"precision {Precision:0.0000} ({CorrectPairs}/{JoinedPairs}), recall {Recall:0.0000} ({CorrectPairs}/{TruePairs})");
}
