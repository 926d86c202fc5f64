using System.Net;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.HubSpot;
using Connectors.Sandbox.Shopify;
using Connectors.Sandbox.Trustpilot;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Sandbox;

/// <summary>
/// The sandbox: every vendor emulator on one loopback port, in-process. Tests, benchmarks and the host's
/// <c>demo</c> verb start it with <see cref="StartAsync"/>; <c>dotnet run --project src/Sandbox</c> does the same.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<ISandboxEmulator> _emulators;

    private SandboxServer(WebApplication app, SandboxOptions options, SandboxPeople people, IEnumerable<ISandboxEmulator> emulators, Uri baseUrl)
    {
        _app = app;
        Options = options;
        People = people;
        BaseUrl = baseUrl;
        _emulators = [.. emulators];
    }

    /// <summary>Where the sandbox listens, with a trailing slash (<c>http://127.0.0.1:5080/</c>).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The options it started with.</summary>
    public SandboxOptions Options { get; }

    /// <summary>The sandbox clock.</summary>
    public TimeProvider Clock => Options.TimeProvider;

    /// <summary>The shared synthetic people (person #i is the same on every vendor).</summary>
    public SandboxPeople People { get; }

    /// <summary>The Shopify emulator: data, knobs, bulk operations, webhooks.</summary>
    /// <exception cref="KeyNotFoundException">The sandbox was started without it.</exception>
    public ShopifyEmulator Shopify => Emulator<ShopifyEmulator>();

    /// <summary>The HubSpot CRM emulator: contacts, notes, custom properties, rate windows, knobs.</summary>
    public HubSpotEmulator HubSpot => Emulator<HubSpotEmulator>();

    /// <summary>The Trustpilot emulator: service and product reviews, replies, tokens, quotas, knobs.</summary>
    /// <exception cref="KeyNotFoundException">The sandbox was started without it.</exception>
    public TrustpilotEmulator Trustpilot => Emulator<TrustpilotEmulator>();

    /// <summary>A hosted emulator by its type.</summary>
    public T Emulator<T>()
        where T : class =>
        _emulators.OfType<T>().FirstOrDefault() ?? throw new KeyNotFoundException($"no {typeof(T).Name} in this sandbox");

    /// <summary>Every emulated vendor's faults, counters and received log.</summary>
    public IReadOnlyList<SandboxVendor> Vendors => [.. _emulators.Select(e => e.Vendor)];

    /// <summary>A vendor by name (<c>shopify</c>).</summary>
    public SandboxVendor Vendor(string name) =>
        Vendors.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"no emulated vendor '{name}'");

    /// <summary>Starts the sandbox on 127.0.0.1 (port <see cref="SandboxOptions.Port"/>, 0 for any free one).</summary>
    public static async Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken ct = default)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid sandbox options: " + string.Join("; ", errors), nameof(options));
        }

        var people = new SandboxPeople(options.Seed);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, options.Port);
            k.Limits.MaxRequestBodySize = 16 * 1024 * 1024;
        });
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        var app = builder.Build();
        var emulators = options.Emulators
            .Select(factory => factory.Create(new SandboxEmulatorContext(options, people, NewVendor(options, factory.Name.ToLowerInvariant()))))
            .ToList();
        foreach (var emulator in emulators)
        {
            emulator.MapEndpoints(app);
        }

        Uri? baseUrl = null;
        app.MapGet("/_sandbox", () => ControlResults.Json(new
        {
            baseUrl = baseUrl?.ToString(),
            options.Seed,
            options.Customers,
            options.OrdersPerCustomer,
            now = options.TimeProvider.GetUtcNow(),
            vendors = emulators.ToDictionary(e => e.Vendor.Name, e => e.Describe(baseUrl!)),
        }));
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        baseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return new SandboxServer(app, options, people, emulators, baseUrl);
    }

    /// <summary>What to configure in a connector to use each emulator, one line per setting.</summary>
    public IReadOnlyList<string> DescribeConnections()
    {
        var lines = new List<string> { $"sandbox listening on {BaseUrl} (seed {Options.Seed}, {Options.Customers} customers)" };
        foreach (var emulator in _emulators)
        {
            lines.Add($"[{emulator.Vendor.Name}]");
            lines.AddRange(emulator.Describe(BaseUrl).Select(p => $"  {p.Key} = {p.Value}"));
        }

        lines.Add($"control: {BaseUrl}_sandbox  (faults, counters, data changes; see src/Sandbox/README.md)");
        return lines;
    }

    /// <summary>Stops the emulators' background work and the web server.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var emulator in _emulators)
        {
            await emulator.DisposeAsync();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static SandboxVendor NewVendor(SandboxOptions options, string name) =>
        new(name, options.Seed, options.TimeProvider, options.Faults.TryGetValue(name, out var faults) ? faults : FaultSettings.None);
}
