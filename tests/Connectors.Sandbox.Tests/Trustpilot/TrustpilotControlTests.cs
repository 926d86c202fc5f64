using System.Net;

namespace Connectors.Sandbox.Tests.Trustpilot;

public sealed class TrustpilotControlTests
{
    [Fact]
    public async Task The_overview_lists_the_connection_settings_and_the_knobs_change_by_patch()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var overview = (await sandbox.ControlAsync(HttpMethod.Get, "_sandbox")).GetProperty("vendors").GetProperty("trustpilot");
        var patched = await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/trustpilot/settings", new { callsPerFiveMinutes = 2 });
        var refused = await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/trustpilot/settings", new { replyStatusCode = 204, nope = 1 }, HttpStatusCode.BadRequest);

        Assert.Equal(Connectors.Sandbox.Trustpilot.TrustpilotDefaults.BusinessUnitId, overview.GetProperty("businessUnitId").GetString());
        Assert.Equal(sandbox.Server.BaseUrl.ToString(), overview.GetProperty("endpoint").GetString());
        Assert.Equal(2, patched.GetProperty("callsPerFiveMinutes").GetInt32());
        Assert.Equal(2, sandbox.Trustpilot().Knobs.CallsPerFiveMinutes);
        Assert.Equal(2, refused.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task The_limits_endpoint_shows_taken_and_refused_calls_and_refills()
    {
        await using var sandbox = await SandboxHarness.StartAsync(configure: o => o.Trustpilot.Knobs = new() { CallsPerFiveMinutes = 2 });
        var token = await sandbox.AccessTokenAsync();
        await sandbox.ReviewsAsync(token);
        await sandbox.ReviewsAsync(token);

        var limits = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/trustpilot/limits");
        await sandbox.ControlAsync(HttpMethod.Delete, "_sandbox/trustpilot/limits", expected: HttpStatusCode.NoContent);
        var after = await sandbox.ReviewsAsync(token);

        var calls = limits.GetProperty("calls").GetProperty(Connectors.Sandbox.Trustpilot.TrustpilotDefaults.ApiKey);
        Assert.Equal(2, calls.GetProperty("taken").GetInt64());
        Assert.Equal(1, calls.GetProperty("refused").GetInt64());
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    [Fact]
    public async Task Control_changes_of_unknown_reviews_are_404_and_incomplete_ones_400()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/trustpilot/reviews/nope", new { stars = 3 }, HttpStatusCode.NotFound);
        await sandbox.ControlAsync(HttpMethod.Delete, "_sandbox/trustpilot/reviews/nope", expected: HttpStatusCode.NotFound);
        await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/trustpilot/reviews/nope/reply", new { message = "hi" }, HttpStatusCode.NotFound);
        await sandbox.ControlAsync(HttpMethod.Post, $"_sandbox/trustpilot/reviews/{sandbox.Trustpilot().Reviews.All[0].Id}/reply", new { message = "" }, HttpStatusCode.BadRequest);
        await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/trustpilot/reviews", new { stars = 3 }, HttpStatusCode.BadRequest);
        await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/trustpilot/product-reviews", new { personIndex = 1, stars = 3, sku = "NOPE" }, HttpStatusCode.BadRequest);
        var review = await sandbox.ControlAsync(HttpMethod.Get, $"_sandbox/trustpilot/reviews/{sandbox.Trustpilot().Reviews.All[0].Id}");

        Assert.Equal(sandbox.Trustpilot().Reviews.All[0].Id, review.GetProperty("id").GetString());
    }
}
