using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Shopify;

namespace Connectors.Sandbox;

/// <summary>How a sandbox starts: the seeded data set, the port, the clock and the initial knobs.</summary>
public sealed class SandboxOptions
{
    /// <summary>Seed of every generated record and every fault draw. Same seed, same data.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>How many seeded customers each source vendor has (persons 0..Customers-1). Up to 10,000,000.</summary>
    public int Customers { get; set; } = 1000;

    /// <summary>Average number of orders per customer (each has between 0 and twice this many).</summary>
    public int OrdersPerCustomer { get; set; } = 2;

    /// <summary>Loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The sandbox clock: timestamps of changes, throttle refill, token expiry. Tests pass a fake.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// End of the seeded history: every seeded record was created and last updated before this instant,
    /// within <see cref="HistoryDays"/> before it. Fixed (not "now") so the data is the same on every run.
    /// </summary>
    public DateTimeOffset DataEpoch { get; set; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Length of the seeded history in days.</summary>
    public int HistoryDays { get; set; } = 730;

    /// <summary>Shopify emulator settings.</summary>
    public ShopifyOptions Shopify { get; set; } = new();

    /// <summary>Amazon SP-API emulator settings.</summary>
    public Amazon.AmazonOptions Amazon { get; set; } = new();

    /// <summary>Trustpilot emulator settings.</summary>
    public Trustpilot.TrustpilotOptions Trustpilot { get; set; } = new();

    /// <summary>Meta (WhatsApp, Messenger, Instagram) emulator settings.</summary>
    public Meta.MetaOptions Meta { get; set; } = new();

    /// <summary>
    /// The emulators to host, each created once at start (by default every one in <see cref="SandboxEmulators.BuiltIn"/>).
    /// Add your own <see cref="ISandboxEmulatorFactory"/> to host an emulator that does not ship with the sandbox.
    /// </summary>
    public IList<ISandboxEmulatorFactory> Emulators { get; } = [.. SandboxEmulators.BuiltIn];

    /// <summary>Initial fault knobs per vendor name (<c>shopify</c>); absent means none.</summary>
    public IDictionary<string, FaultSettings> Faults { get; } = new Dictionary<string, FaultSettings>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every problem with the options, each naming the option; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Customers is < 0 or > 10_000_000)
        {
            errors.Add($"customers must be between 0 and 10000000, was {Customers}");
        }

        if (OrdersPerCustomer is < 0 or > 50)
        {
            errors.Add($"ordersPerCustomer must be between 0 and 50, was {OrdersPerCustomer}");
        }

        if (Port is < 0 or > 65535)
        {
            errors.Add($"port must be between 0 and 65535, was {Port}");
        }

        if (HistoryDays is < 1 or > 36500)
        {
            errors.Add($"historyDays must be between 1 and 36500, was {HistoryDays}");
        }

        errors.AddRange(Shopify.Validate().Select(e => "shopify." + e));
        errors.AddRange(Amazon.Validate().Select(e => "amazon." + e));
        errors.AddRange(Trustpilot.Validate().Select(e => "trustpilot." + e));
        errors.AddRange(Meta.Validate().Select(e => "meta." + e));
        foreach (var name in Emulators.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            errors.Add($"emulators: '{name}' is registered more than once; every emulator needs its own vendor name");
        }

        foreach (var name in Emulators.Select(e => e.Name).Where(n => !ValidName(n)))
        {
            errors.Add($"emulators: '{name}' is not a valid vendor name (lower-case letters, digits and '-', it becomes /_sandbox/{{name}})");
        }

        foreach (var (vendor, faults) in Faults)
        {
            errors.AddRange(faults.Validate().Select(e => $"faults.{vendor}.{e}"));
        }

        return errors;
    }

    private static bool ValidName(string name) =>
        name.Length > 0 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
