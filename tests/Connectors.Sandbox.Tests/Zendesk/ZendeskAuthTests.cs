using System.Net;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Zendesk;

namespace Connectors.Sandbox.Tests.Zendesk;

public sealed class ZendeskAuthTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Bearer zd_sandbox_token_000000000000000000000000")]
    [InlineData("Basic bm90IGJhc2U2NA==")]
    public async Task Requests_without_the_agents_api_token_are_refused_in_zendesks_words(string auth)
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var answer = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/users/me", auth: auth);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("{\"error\":\"Couldn't authenticate you\"}", answer.Text);
        Assert.Equal(1, sandbox.Server.Vendor("zendesk").Counters[SandboxCounters.Unauthorized]);
    }

    [Fact]
    public async Task A_wrong_token_or_another_email_is_refused_and_the_right_pair_is_the_agent()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var wrongToken = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/users/me", auth: ZendeskDefaults.BasicAuthorization(ZendeskDefaults.Email, "nope"));
        var wrongEmail = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/users/me", auth: ZendeskDefaults.BasicAuthorization("other@example.com", ZendeskDefaults.ApiToken));
        var me = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/users/me.json");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongEmail.Status);
        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal(ZendeskDefaults.Email, me.Json.GetProperty("user").GetProperty("email").GetString());
        Assert.Equal("admin", me.Json.GetProperty("user").GetProperty("role").GetString());
    }

    [Fact]
    public async Task The_sandbox_describes_how_to_connect()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var root = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox");

        var zendesk = root.GetProperty("vendors").GetProperty("zendesk");
        Assert.Equal(ZendeskDefaults.Email, zendesk.GetProperty("email").GetString());
        Assert.Equal(ZendeskDefaults.ApiToken, zendesk.GetProperty("apiToken").GetString());
        Assert.Equal(sandbox.Server.BaseUrl.ToString().TrimEnd('/'), zendesk.GetProperty("endpoint").GetString());
        Assert.Contains(sandbox.Server.DescribeConnections(), l => l == "[zendesk]");
    }
}
