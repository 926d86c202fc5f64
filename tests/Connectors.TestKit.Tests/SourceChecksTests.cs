using Connectors.TestKit.Tests.Fixtures;

namespace Connectors.TestKit.Tests;

/// <summary>Every source check fails on a fixture source with the flaw it is there to catch, and says what it found.</summary>
public sealed class SourceChecksTests
{
    [Fact]
    public async Task The_manifest_check_names_every_problem_of_a_bad_manifest()
    {
        var failure = await FlawedSource<BadManifestPlugin>.Fails(s => s.The_manifest_is_valid());
        Assert.Contains("not a public top-level class", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Id 'Fixture Source'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Name is empty", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Version '0.0' is not a version", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Kind is Sink but the plugin is tested as a Source", failure.Message, StringComparison.Ordinal);
        Assert.Contains("declares Webhooks, which only a source can take", failure.Message, StringComparison.Ordinal);
        Assert.Contains("OptionsType String needs to be a non-abstract class with a public parameterless constructor", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_options_check_fails_when_nothing_is_validated()
    {
        var failure = await FlawedSource<ValidatesNothingPlugin>.Fails(s => s.Options_validation_rejects_the_bad_config_with_member_paths());
        Assert.Contains("InvalidOptions() passed validation", failure.Message, StringComparison.Ordinal);
        Assert.Contains("expected a failure at 'apiKey', got none", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_options_check_fails_when_a_failure_names_no_member()
    {
        var failure = await FlawedSource<NamesNoMemberPlugin>.Fails(s => s.Options_validation_rejects_the_bad_config_with_member_paths());
        Assert.Contains("a failure names no member ('the API key is missing')", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_good_options_check_fails_when_the_good_options_are_invalid()
    {
        var suite = new InvalidGoodOptionsSuite();
        await suite.InitializeAsync();
        var failure = Assert.Throws<Conformance.ConformanceException>(suite.Options_validation_accepts_the_good_config);
        await suite.DisposeAsync();
        Assert.Contains("GoodOptions() failed validation at 'apiKey': must not contain spaces", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_check_fails_when_CheckAsync_throws()
    {
        var failure = await FlawedSource<CheckThrowsPlugin>.FailsAsync(s => s.Check_fails_clearly_on_a_refused_config());
        Assert.Contains("CheckAsync threw InvalidOperationException: 401", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_check_fails_when_refused_options_pass()
    {
        var failure = await FlawedSource<CheckAlwaysPassesPlugin>.FailsAsync(s => s.Check_fails_clearly_on_a_refused_config());
        Assert.Contains("CheckAsync succeeded on RefusedOptions()", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_check_fails_when_the_message_shows_the_secret()
    {
        var failure = await FlawedSource<CheckShowsSecretPlugin>.FailsAsync(s => s.Check_fails_clearly_on_a_refused_config());
        Assert.Contains("the message shows a secret", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-key-456", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secrets_check_catches_a_key_in_the_log_and_does_not_repeat_it()
    {
        var failure = await FlawedSource<LogsSecretPlugin>.FailsAsync(s => s.No_secret_is_logged());
        Assert.Contains("a Warning log line shows a secret from the options: 'Checking the fixture server with key ***'", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FixtureOptions.GoodKey, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connector_that_calls_a_real_address_fails_its_check_without_reaching_the_network()
    {
        var failure = await FlawedSource<CallsTheNetworkPlugin>.FailsAsync(s => s.Check_passes_on_the_good_config());
        Assert.Contains("loopback test servers only, but it asked for https://api.fixture.example/ping", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_full_read_check_names_invalid_records()
    {
        var failure = await FlawedSource<InvalidRecordsPlugin>.FailsAsync(s => s.A_full_read_yields_valid_records_with_stable_keys());
        Assert.Contains("stream 'reviews' batch 1: feedback 'f-1': channel '' is not a lower-case channel name", failure.Message, StringComparison.Ordinal);
        Assert.Contains("kind 'Review!' is not a lower_snake_case feedback kind", failure.Message, StringComparison.Ordinal);
        Assert.Contains("rating 0 is outside its Stars1To5 scale", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_full_read_check_catches_a_key_read_twice_with_different_content()
    {
        var failure = await FlawedSource<UnstableKeysPlugin>.FailsAsync(s => s.A_full_read_yields_valid_records_with_stable_keys());
        Assert.Contains("feedback:f-1 was read twice with different content", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_full_read_check_wants_a_checkpoint_from_an_incremental_source()
    {
        var failure = await FlawedSource<NoCheckpointPlugin>.FailsAsync(s => s.A_full_read_yields_valid_records_with_stable_keys());
        Assert.Contains("stream 'customers' yielded 2 records but no checkpoint, though the manifest declares Incremental", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_full_read_check_refuses_streams_the_manifest_does_not_declare()
    {
        var failure = await FlawedSource<UndeclaredStreamsPlugin>.FailsAsync(s => s.A_full_read_yields_valid_records_with_stable_keys());
        Assert.Contains("the manifest declares no Streams; set Streams = [\"customers\", \"reviews\"]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_full_read_check_refuses_a_read_with_nothing_in_it()
    {
        var failure = await FlawedSource<NoRecordsPlugin>.FailsAsync(s => s.A_full_read_yields_valid_records_with_stable_keys());
        Assert.Contains("no stream yielded any record", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_re_read_check_catches_records_that_come_back_changed()
    {
        var failure = await FlawedSource<SkipsLastPageOnRereadPlugin>.FailsAsync(s => s.Reading_again_from_the_final_checkpoint_yields_nothing_new());
        Assert.Contains("stream 'customers' read again from {\"version\":1,\"after\":2}: customer:c-2 changed", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_corrupt_checkpoint_check_catches_a_silent_restart()
    {
        var failure = await FlawedSource<IgnoresCheckpointPlugin>.FailsAsync(s => s.A_corrupt_checkpoint_fails_clearly());
        Assert.Contains("read from the corrupt checkpoint 'this is not a checkpoint' yielded records (a silent restart)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_corrupt_checkpoint_check_wants_the_error_to_name_the_checkpoint()
    {
        var failure = await FlawedSource<RawCheckpointErrorPlugin>.FailsAsync(s => s.A_corrupt_checkpoint_fails_clearly());
        Assert.Contains("which does not say the checkpoint is the problem", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'{\"version\":'", failure.Message, StringComparison.Ordinal); // the real final checkpoint, cut in half
    }

    [Fact]
    public async Task The_corrupt_checkpoint_check_catches_a_checkpoint_from_a_future_version_taken_for_none()
    {
        var failure = await FlawedSource<IgnoresUnknownCheckpointPlugin>.FailsAsync(s => s.A_corrupt_checkpoint_fails_clearly());
        Assert.Contains("read from the corrupt checkpoint '{\"version\":999,\"cursor\":\"written by a newer release\"}' yielded records (a silent restart)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_corrupt_checkpoint_check_catches_a_crash()
    {
        var failure = await FlawedSource<CrashesOnCheckpointPlugin>.FailsAsync(s => s.A_corrupt_checkpoint_fails_clearly());
        Assert.Contains("crashed on the corrupt checkpoint 'this is not a checkpoint' (IndexOutOfRangeException", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_determinism_check_catches_records_stamped_with_the_read_time()
    {
        var failure = await FlawedSource<StampsReadTimePlugin>.FailsAsync(s => s.Two_full_reads_give_the_same_records());
        Assert.Contains("stream 'customers': customer:c-1 changed", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cancellation_check_catches_a_source_that_ignores_its_token()
    {
        var failure = await FlawedSource<IgnoresCancellationPlugin>.FailsAsync(s => s.Cancellation_is_honoured_promptly());
        Assert.Contains("reading 'customers' with a cancelled token completed with 2 batches", failure.Message, StringComparison.Ordinal);
        Assert.Contains("reading 'customers' yielded 1 more batches after its token was cancelled", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_webhook_check_catches_a_source_that_accepts_forgeries()
    {
        var failure = await FlawedSource<AcceptsForgeryPlugin>.Fails(s => s.A_webhook_source_refuses_a_forged_signature());
        Assert.Contains("accepted the signed delivery with one bit of its body flipped", failure.Message, StringComparison.Ordinal);
        Assert.Contains("accepted an empty delivery without headers", failure.Message, StringComparison.Ordinal);
        Assert.Contains("so no signature header is checked", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_webhook_check_catches_a_verify_that_throws()
    {
        var failure = await FlawedSource<VerifyThrowsPlugin>.Fails(s => s.A_webhook_source_refuses_a_forged_signature());
        Assert.Contains("Verify threw FormatException on the signed body without any header", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_webhook_check_catches_webhooks_the_manifest_does_not_declare()
    {
        var failure = await FlawedSource<UndeclaredWebhooksPlugin>.Fails(s => s.A_webhook_source_refuses_a_forged_signature());
        Assert.Contains("implements IWebhookSource, but the manifest does not declare Webhooks", failure.Message, StringComparison.Ordinal);
    }
}
