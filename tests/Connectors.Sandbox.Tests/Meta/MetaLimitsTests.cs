using System.Net;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Meta;
using Connectors.Sandbox.Meta.Webhooks;

namespace Connectors.Sandbox.Tests.Meta;

public sealed class MetaLimitsTests
{
    [Fact]
    public async Task Beyond_the_rate_window_graph_answers_its_throttling_codes()
    {
        await using var sandbox = await MetaSandbox.StartAsync(knobs: k => k with { RateLimitCalls = 3, RateLimitWindowSeconds = 60 });

        var answers = new List<GraphAnswer>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await sandbox.GetAsync(MetaDefaults.PageId));
        }

        var send = await sandbox.PostAsync($"{MetaDefaults.PageId}/messages", new { recipient = new { id = "1" }, messaging_type = "RESPONSE", message = new { text = "x" } });
        var whatsapp = await sandbox.PostAsync($"{MetaDefaults.PhoneNumberId}/messages", new { messaging_product = "whatsapp", to = "1", type = "text", text = new { body = "x" } });
        sandbox.Clock.Advance(TimeSpan.FromSeconds(61));
        var later = await sandbox.GetAsync(MetaDefaults.PageId);

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Contains("\"call_count\":100", answers[2].Headers.GetValues("X-App-Usage").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, answers[3].Status);
        Assert.Equal(4, answers[3].ErrorCode);
        Assert.Equal(613, send.ErrorCode);
        Assert.Equal(130429, whatsapp.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, later.Status);
        Assert.Equal(3, sandbox.Meta().Vendor.Counters["rateLimited"]);
    }

    [Fact]
    public async Task Tokens_and_appsecret_proofs_are_checked()
    {
        await using var sandbox = await MetaSandbox.StartAsync();
        var proof = MetaSignature.AppSecretProof(MetaDefaults.AppSecret, MetaDefaults.AccessToken);

        var none = await sandbox.GetAsync(MetaDefaults.PageId, token: null);
        var wrong = await sandbox.GetAsync(MetaDefaults.PageId, token: "EAAwrong");
        var query = await sandbox.GetAsync($"{MetaDefaults.PageId}?access_token={MetaDefaults.AccessToken}&appsecret_proof={proof}", token: null);
        var badProof = await sandbox.GetAsync($"{MetaDefaults.PageId}?appsecret_proof=00ff");
        sandbox.Meta().Knobs = sandbox.Meta().Knobs with { RequireAppSecretProof = true };
        var missingProof = await sandbox.GetAsync(MetaDefaults.PageId);

        Assert.Equal(HttpStatusCode.Unauthorized, none.Status);
        Assert.Equal(190, none.ErrorCode);
        Assert.Equal(190, wrong.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, query.Status);
        Assert.Equal(MetaDefaults.PageName, query.Json.GetProperty("name").GetString());
        Assert.Equal(100, badProof.ErrorCode);
        Assert.Equal(100, missingProof.ErrorCode);
    }

    [Fact]
    public async Task The_fault_knobs_apply_to_the_graph_api()
    {
        await using var sandbox = await MetaSandbox.StartAsync();
        var faults = sandbox.Server.Vendor(MetaEmulator.VendorName).Faults;

        faults.Set(new FaultSettings { ServerErrorShare = 1 });
        var errors = new List<GraphAnswer>();
        for (var i = 0; i < 6; i++)
        {
            errors.Add(await sandbox.GetAsync(MetaDefaults.PageId));
        }

        faults.Set(new FaultSettings { TruncatedShare = 1 });
        var truncated = await sandbox.GetAsync($"{MetaDefaults.PageId}/conversations?platform=messenger");
        faults.Set(new FaultSettings { ThrottleShare = 1 });
        var throttled = await sandbox.GetAsync(MetaDefaults.PageId);
        faults.Set(new FaultSettings { TokenExpiresAfterRequests = 1 });
        await sandbox.GetAsync(MetaDefaults.PageId);
        var expired = await sandbox.GetAsync(MetaDefaults.PageId);

        Assert.All(errors, e => Assert.True((int)e.Status >= 500));
        Assert.Contains(errors, e => e.Status == HttpStatusCode.InternalServerError && e.ErrorCode == 2 && e.Json.GetProperty("error").GetProperty("is_transient").GetBoolean());
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => truncated.Json);
        Assert.Equal(4, throttled.ErrorCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
        Assert.Equal(463, expired.ErrorSubcode);
    }

    [Fact]
    public async Task A_version_that_is_not_vN_0_is_refused()
    {
        await using var sandbox = await MetaSandbox.StartAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"graph/latest/{MetaDefaults.PageId}");
        request.Headers.Authorization = new("Bearer", MetaDefaults.AccessToken);
        using var response = await sandbox.Http.SendAsync(request);
        var v19 = await sandbox.GetAsync($"http://{sandbox.Server.BaseUrl.Authority}/graph/v19.0/{MetaDefaults.PageId}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2500", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, v19.Status);
    }
}
