namespace Connectors.Plugins.Amazon.Reports;

/// <summary>A report Amazon ended as FATAL or cancelled before it ran: the run fails with this rather than end with "0 records".</summary>
public sealed class ReportFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReportFailedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ReportFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ReportFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
