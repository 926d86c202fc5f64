using System.Security.Cryptography;
using System.Text;
using Connectors.Sandbox.Meta;

namespace Connectors.Sandbox.Tests.Meta;

public sealed class MetaSignatureTests
{
    [Fact]
    public async Task Deliveries_are_signed_with_hmac_sha256_of_the_raw_body_and_verify_with_the_app_secret()
    {
        await using var receiver = await MetaReceiver.StartAsync();
        await using var sandbox = await MetaSandbox.StartAsync(receiver);

        sandbox.Meta().Webhooks.DeliverNewInbound(1, Sandbox.Meta.Data.MetaChannel.Messenger);
        var delivery = await receiver.NextAsync();

        var header = delivery.Headers["X-Hub-Signature-256"];
        Assert.Matches("^sha256=[0-9a-f]{64}$", header);
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(MetaDefaults.AppSecret), delivery.Body)), header);
        Assert.True(delivery.Verified);
        Assert.False(MetaReceiver.Verify(delivery.Body, header, "another secret"));

        // The signature covers the exact bytes: one changed byte (or re-serialised JSON) no longer verifies.
        var altered = (byte[])delivery.Body.Clone();
        altered[^2] ^= 0x01;
        Assert.False(MetaReceiver.Verify(altered, header, MetaDefaults.AppSecret));
        Assert.Matches("^sha1=[0-9a-f]{40}$", delivery.Headers["X-Hub-Signature"]);
        Assert.StartsWith("application/json", delivery.Headers["Content-Type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_delivery_fails_verification_and_is_refused()
    {
        await using var receiver = await MetaReceiver.StartAsync();
        await using var sandbox = await MetaSandbox.StartAsync(receiver, k => k with { MaxDeliveryAttempts = 1 });

        var forged = await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/meta/webhooks/forged");
        var chosen = sandbox.Meta().Webhooks.SendForged(signature: "sha256=" + new string('0', 64));

        var first = await receiver.NextAsync();
        var second = await receiver.NextAsync();
        Assert.True(forged.GetProperty("forged").GetBoolean());
        Assert.False(first.Verified);
        Assert.False(second.Verified);
        Assert.Equal(chosen.Signature, second.Headers["X-Hub-Signature-256"]);
        Assert.Empty(receiver.Stored);
        Assert.True(await sandbox.Meta().Webhooks.WhenIdleAsync(TimeSpan.FromSeconds(5)));
        Assert.All(sandbox.Meta().Webhooks.Attempts, a => Assert.Equal(403, a.StatusCode));
    }

    [Fact]
    public async Task The_verification_handshake_sends_the_token_and_expects_the_challenge_back()
    {
        await using var receiver = await MetaReceiver.StartAsync();
        await using var sandbox = await MetaSandbox.StartAsync(receiver);

        var ok = await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/meta/webhooks/verify");
        var wrong = await sandbox.Meta().Webhooks.VerifyAsync("not-the-token");

        Assert.True(ok.GetProperty("verified").GetBoolean());
        Assert.Matches("^[0-9]{10}$", ok.GetProperty("challenge").GetString());
        Assert.Contains("hub.mode=subscribe", ok.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("hub.verify_token=" + MetaDefaults.VerifyToken, ok.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.False(wrong.Verified);
        Assert.Equal(403, wrong.StatusCode);
    }
}
