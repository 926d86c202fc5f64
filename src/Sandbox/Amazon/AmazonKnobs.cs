namespace Connectors.Sandbox.Amazon;

/// <summary>The Amazon emulator's run-time knobs (<c>/_sandbox/amazon/settings</c>); replace the record to change them.</summary>
public sealed record AmazonKnobs
{
    /// <summary>Enforce the usage plans (token buckets per seller and operation). Off for benchmarks of everything else.</summary>
    public bool UsagePlansEnabled { get; init; } = true;

    /// <summary>Multiplies every operation's rate (not its burst): 100 lets a benchmark run a day's quota in minutes.</summary>
    public double RateScale { get; init; } = 1;

    /// <summary>
    /// Rate and burst of the Customer Feedback API operations, which its model does not state (sources.md: not confirmed).
    /// </summary>
    public double CustomerFeedbackRate { get; init; } = 1;

    /// <summary>Burst of the Customer Feedback API operations.</summary>
    public int CustomerFeedbackBurst { get; init; } = 5;

    /// <summary>getReport polls a report answers with each of IN_QUEUE and IN_PROGRESS before its final state.</summary>
    public int ReportPollsPerStatus { get; init; } = 1;

    /// <summary>Keeps every report at IN_PROGRESS until this is switched off or the report is forced (a long report).</summary>
    public bool HoldReports { get; init; }

    /// <summary>Final state of reports created from now on: <c>DONE</c> (CANCELLED when there is no data), <c>FATAL</c> or <c>CANCELLED</c>.</summary>
    public string FinalReportStatus { get; init; } = "DONE";

    /// <summary>Lifetime of the presigned document URLs (Amazon: 5 minutes).</summary>
    public int DocumentUrlSeconds { get; init; } = 300;

    /// <summary>Documents with more rows than this are served GZIP-compressed (0: always; -1: never).</summary>
    public int GzipAboveRows { get; init; } = 1000;

    /// <summary>Every problem with the values, each naming the knob; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (RateScale is <= 0 or > 1_000_000 || double.IsNaN(RateScale))
        {
            errors.Add($"rateScale must be above 0 and at most 1000000, was {RateScale}");
        }

        if (CustomerFeedbackRate <= 0 || CustomerFeedbackBurst < 1)
        {
            errors.Add($"customerFeedbackRate must be above 0 and customerFeedbackBurst 1 or more, were {CustomerFeedbackRate} and {CustomerFeedbackBurst}");
        }

        if (ReportPollsPerStatus is < 0 or > 1000)
        {
            errors.Add($"reportPollsPerStatus must be between 0 and 1000, was {ReportPollsPerStatus}");
        }

        if (FinalReportStatus is not ("DONE" or "FATAL" or "CANCELLED"))
        {
            errors.Add($"finalReportStatus must be DONE, FATAL or CANCELLED, was '{FinalReportStatus}'");
        }

        if (DocumentUrlSeconds is < 1 or > 86_400)
        {
            errors.Add($"documentUrlSeconds must be between 1 and 86400, was {DocumentUrlSeconds}");
        }

        if (GzipAboveRows < -1)
        {
            errors.Add($"gzipAboveRows must be -1 or more, was {GzipAboveRows}");
        }

        return errors;
    }
}
