using Connectors.Host.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The HTTP clients the host lends connectors: the standard resilience handler, tuned not to fight the plugins' pacing.</summary>
public static class HttpServiceCollectionExtensions
{
    public static IServiceCollection AddConnectorsHttp(this IServiceCollection services)
    {
        services.AddHttpClient();
        services.ConfigureHttpClientDefaults(http =>
        {
            // The pipeline governs time; HttpClient's own 100 s would cut an attempt the plugin allowed longer.
            http.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
            http.AddHttpMessageHandler(() => new ResilienceErrors());
            // One pipeline (and so one breaker) per connector client and host it calls: one vendor down stops no other.
            http.AddStandardResilienceHandler().Configure(Configure).SelectPipelineByAuthority();
        });
        return services;
    }

    private static void Configure(HttpStandardResilienceOptions options, IServiceProvider services)
    {
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Connectors.Http");
        options.AttemptTimeout.Timeout = HttpDefaults.AttemptTimeout;
        options.TotalRequestTimeout.Timeout = HttpDefaults.TotalTimeout;

        options.Retry.MaxRetryAttempts = HttpDefaults.MaxRetries;
        options.Retry.ShouldRetryAfterHeader = true;
        options.Retry.ShouldHandle = args => ValueTask.FromResult(HostRetryRules.ShouldRetry(args.Outcome, args.Context, time));
        // POST, PUT, PATCH, DELETE may have done their work before failing: only the plugin knows if a repeat is safe.
        options.Retry.DisableForUnsafeHttpMethods();
        options.Retry.OnRetry = args =>
        {
            var request = args.Context.GetRequestMessage();
            var why = args.Outcome.Result is { } response ? $"{(int)response.StatusCode}" : args.Outcome.Exception?.GetType().Name;
            logger.LogWarning("HTTP {Method} {Url} failed ({Why}); the host retries it in {Seconds} s (retry {Attempt} of {Max})",
                request?.Method, request?.RequestUri?.GetLeftPart(UriPartial.Path), why, args.RetryDelay.TotalSeconds, args.AttemptNumber + 1, HttpDefaults.MaxRetries);
            return ValueTask.CompletedTask;
        };

        options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(HostRetryRules.IsFailure(args.Outcome));
        options.CircuitBreaker.FailureRatio = HttpDefaults.BreakerFailureRatio;
        options.CircuitBreaker.MinimumThroughput = HttpDefaults.BreakerMinimumThroughput;
        options.CircuitBreaker.SamplingDuration = HttpDefaults.BreakerSamplingDuration;
        options.CircuitBreaker.BreakDuration = HttpDefaults.BreakDuration;
    }
}
