using Connectors.Abstractions;
using Connectors.Plugins.Meta.Tests.Support;
using Connectors.Sandbox.Meta;
using Connectors.Sandbox.Meta.Data;

namespace Connectors.Plugins.Meta.Tests.Webhooks;

/// <summary>X-Hub-Signature-256 over the raw body with the app secret, and the hub.challenge handshake.</summary>
public sealed class SignatureAndChallengeTests : IAsyncLifetime
{
    private MetaFixture _meta = null!;

    public async Task InitializeAsync() => _meta = await MetaFixture.StartAsync();

    public async Task DisposeAsync() => await _meta.DisposeAsync();

    [Fact]
    public void A_signed_delivery_is_accepted_and_forged_tampered_or_unsigned_ones_are_refused()
    {
        var source = _meta.Source("messenger");
        _meta.Meta.Webhooks.DeliverInbound(_meta.Meta.Inbox.Of(MetaChannel.Messenger)[0], "Hello?");
        var signed = MetaFixture.Request(_meta.Meta.Webhooks.Deliveries[^1]);
        var forged = MetaFixture.Request(_meta.Meta.Webhooks.SendForged());
        var tampered = signed with { Body = signed.Body.ToArray().Select((b, i) => i == 20 ? (byte)(b ^ 1) : b).ToArray() };
        var unsigned = new WebhookRequest(new Dictionary<string, string>(), signed.Body);
        var sha1Only = new WebhookRequest(new Dictionary<string, string> { ["X-Hub-Signature"] = "sha1=" + new string('0', 40) }, signed.Body);

        Assert.True(source.Verify(signed));
        Assert.False(source.Verify(forged));
        Assert.False(source.Verify(tampered));
        Assert.False(source.Verify(unsigned));
        Assert.False(source.Verify(sha1Only));
        Assert.False(source.Verify(signed with { Headers = new Dictionary<string, string> { ["X-Hub-Signature-256"] = "sha256=" + signed.Headers["X-Hub-Signature-256"]["sha256=".Length..].ToUpperInvariant() } }));
        Assert.Null(source.DeliveryId(signed));
    }

    [Fact]
    public void The_challenge_is_answered_only_for_subscribe_with_the_verify_token()
    {
        var source = _meta.Source("whatsapp");
        Dictionary<string, string> Query(string mode, string token) => new() { ["hub.mode"] = mode, ["hub.verify_token"] = token, ["hub.challenge"] = "1158201444" };

        Assert.Equal("1158201444", source.Answer(Query("subscribe", MetaDefaults.VerifyToken)));
        Assert.Null(source.Answer(Query("subscribe", "guessed-token")));
        Assert.Null(source.Answer(Query("unsubscribe", MetaDefaults.VerifyToken)));
        Assert.Null(source.Answer(new Dictionary<string, string> { ["hub.mode"] = "subscribe", ["hub.challenge"] = "1" }));
    }
}
