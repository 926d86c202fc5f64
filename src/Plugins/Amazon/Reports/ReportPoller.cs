using Connectors.Plugins.Amazon.Client;
using Connectors.Plugins.Amazon.Client.Models;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Amazon.Reports;

/// <summary>Polls getReport every <see cref="AmazonOptions.ReportPollInterval"/> until the report is DONE, CANCELLED or FATAL.</summary>
internal sealed class ReportPoller(AmazonApi api, AmazonOptions options, TimeProvider time, ILogger logger)
{
    public async Task<ReportStatus> WaitAsync(string region, string reportId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var status = await api.GetReportAsync(region, reportId, cancellationToken);
            if (status.ProcessingStatus is "DONE" or "CANCELLED" or "FATAL")
            {
                return status;
            }

            logger.LogDebug("Report {Report} is {Status}; polling again in {Interval}", reportId, status.ProcessingStatus, options.ReportPollInterval);
            await Task.Delay(options.ReportPollInterval, time, cancellationToken);
        }
    }
}
