using Connectors.Sandbox.Meta;

namespace Connectors.Sandbox.Tests.Meta;

public sealed class MetaDescribeTests
{
    [Fact]
    public async Task The_sandbox_prints_and_serves_what_to_configure_for_meta()
    {
        await using var sandbox = await MetaSandbox.StartAsync();

        var lines = sandbox.Server.DescribeConnections();
        var listed = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox");

        Assert.Contains("[meta]", lines);
        Assert.Contains($"  graphUrl = {sandbox.Server.BaseUrl}graph/v25.0/", lines);
        Assert.Contains($"  appSecret = {MetaDefaults.AppSecret}", lines);
        var meta = listed.GetProperty("vendors").GetProperty("meta");
        Assert.Equal(MetaDefaults.VerifyToken, meta.GetProperty("verifyToken").GetString());
        Assert.Equal(MetaDefaults.PhoneNumberId, meta.GetProperty("phoneNumberId").GetString());
        Assert.Same(MetaEmulator.Of(sandbox.Server), sandbox.Server.Emulator<MetaEmulator>());
    }

    [Fact]
    public async Task Settings_change_through_the_control_api_and_bad_values_are_refused()
    {
        await using var sandbox = await MetaSandbox.StartAsync();

        var changed = await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/meta/settings", new { callbackUrl = "http://127.0.0.1:9/hook", deliveryTimeoutMilliseconds = 300 });
        var refused = await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/meta/settings", new { maxBatch = 0, nope = 1 }, System.Net.HttpStatusCode.BadRequest);

        Assert.Equal("http://127.0.0.1:9/hook", changed.GetProperty("callbackUrl").GetString());
        Assert.Equal(300, sandbox.Meta().Knobs.DeliveryTimeoutMilliseconds);
        Assert.Equal(2, refused.GetProperty("errors").GetArrayLength());
    }
}
