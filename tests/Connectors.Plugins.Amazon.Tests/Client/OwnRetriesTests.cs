using Connectors.Plugins.Amazon.Tests.Support;

namespace Connectors.Plugins.Amazon.Tests.Client;

/// <summary>The source retries and paces every request itself, so each tells the host's resilience handler to leave it alone.</summary>
public sealed class OwnRetriesTests
{
    [Fact]
    public async Task Every_request_of_every_kind_is_marked_as_retried_by_the_plugin()
    {
        await using var sandbox = await AmazonSandbox.StartAsync(customers: 40);
        using var recorder = new RequestOptionsRecorder();
        using var http = new HttpClient(recorder);
        using var host = new SourceHost { Http = http };
        var options = AmazonSandbox.Options(sandbox, "US");

        foreach (var stream in new[] { "orders", AmazonSource.SellerFeedbackStream })
        {
            await SourceHost.ReadAllAsync(host.Create(options), stream);
        }

        var requests = recorder.Requests;
        Assert.Contains(requests, r => r.Path == options.TokenUrl.AbsolutePath);
        Assert.Contains(requests, r => r.Path.Contains("/orders/", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Path.Contains("restrictedDataToken", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Path.Contains("/reports/", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Path.Contains("/documents/", StringComparison.Ordinal)); // the presigned download
        Assert.Empty(requests.Where(r => !r.OwnRetries).Select(r => r.Path));
    }
}
