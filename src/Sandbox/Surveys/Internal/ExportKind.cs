namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>The three exports of a market.</summary>
internal enum ExportKind
{
    /// <summary>A Typeform NPS survey (0-10, a comment, a hidden <c>order_id</c>); people type their own contact details.</summary>
    Nps,

    /// <summary>A Delighted CSAT survey (1-5) sent by email or SMS to contacts the brand already has.</summary>
    Csat,

    /// <summary>The shop's contact form: free text, no score.</summary>
    Contact,
}
