using System.Net;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Tests.Framework;

/// <summary>An emulator that does not ship with the sandbox registers through the public factory and gets the shared pipeline.</summary>
public sealed class EmulatorRegistrationTests
{
    [Fact]
    public async Task A_registered_emulator_is_hosted_with_its_vendor_faults_and_control_endpoints()
    {
        await using var sandbox = await SandboxHarness.StartAsync(10, o =>
        {
            o.Emulators.Add(SandboxEmulatorFactory.Create("echo", c => new EchoEmulator(c.Vendor)));
            o.Faults["echo"] = new FaultSettings { ThrottleShare = 1 };
        });

        using var throttled = await sandbox.Http.GetAsync("echo/hello");
        sandbox.Server.Vendor("echo").Faults.Reset();
        using var ok = await sandbox.Http.GetAsync("echo/hello");
        var counters = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/echo/counters");

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("hello", await ok.Content.ReadAsStringAsync());
        Assert.Equal(2, counters.GetProperty("requests").GetInt64());
        Assert.Equal("hello", Assert.Single(sandbox.Server.Vendor("echo").Received.Items).Path.Split('/')[^1]);
        Assert.IsType<EchoEmulator>(sandbox.Server.Emulator<EchoEmulator>());
    }

    [Fact]
    public void Two_emulators_with_one_name_or_a_bad_name_fail_validation()
    {
        var options = new SandboxOptions();
        options.Emulators.Add(SandboxEmulatorFactory.Create("shopify", c => new EchoEmulator(c.Vendor)));
        options.Emulators.Add(SandboxEmulatorFactory.Create("Bad Name", c => new EchoEmulator(c.Vendor)));

        var errors = options.Validate();

        Assert.Contains(errors, e => e.Contains("'shopify' is registered more than once", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'Bad Name' is not a valid vendor name", StringComparison.Ordinal));
    }

    private sealed class EchoEmulator(SandboxVendor vendor) : ISandboxEmulator
    {
        public SandboxVendor Vendor { get; } = vendor;

        public void MapEndpoints(IEndpointRouteBuilder endpoints)
        {
            VendorControlEndpoints.Map(endpoints, Vendor);
            endpoints.MapGet("/echo/{word}", VendorPipeline.Handler(Vendor, new EchoPolicy(), x => VendorAnswer.Text(200, x.Route("word"), VendorAnswer.PlainText)));
        }

        public IReadOnlyDictionary<string, string> Describe(Uri baseUrl) => new Dictionary<string, string> { ["url"] = baseUrl + "echo" };

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class EchoPolicy : VendorPolicy
    {
        public override VendorAnswer InjectedThrottle(VendorExchange exchange) => VendorAnswer.Text(429, "{\"error\":\"slow down\"}");
    }
}
