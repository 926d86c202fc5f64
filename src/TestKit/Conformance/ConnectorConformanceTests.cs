using Connectors.Abstractions;
using Connectors.TestKit.Conformance.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.TestKit.Conformance;

/// <summary>
/// The checks every plugin passes, source or sink: its manifest, its options validation and its <c>CheckAsync</c>.
/// Derive from <see cref="SourceConformanceTests{TPlugin}"/> or <see cref="SinkConformanceTests{TPlugin}"/>, not from this.
/// Each check is an xunit test of its own; xunit creates the class anew for each, so every check gets a fresh test
/// server (from <see cref="StartServerAsync"/>) and fresh plugin services, and checks cannot leak state into each other.
/// </summary>
/// <typeparam name="TPlugin">The plugin's entry class, created with its parameterless constructor as the host does.</typeparam>
public abstract class ConnectorConformanceTests<TPlugin> : IAsyncLifetime
    where TPlugin : class, IConnectorPlugin, new()
{
    private readonly List<HttpClient> _clients = [];
    private ServiceProvider? _services;

    private protected ConnectorConformanceTests()
    {
    }

    /// <summary>The plugin under test.</summary>
    protected TPlugin Plugin { get; } = new();

    /// <summary>The base address <see cref="StartServerAsync"/> returned; <c>null</c> for a plugin that needs no server.</summary>
    protected Uri? Server { get; private set; }

    /// <summary>Where the connector's log goes, to look at when a check fails.</summary>
    protected RecordingLogger Log { get; } = new();

    /// <summary>The clock lent to connectors; the system's unless overridden (a sink sharing a fake clock with its emulator, say).</summary>
    protected virtual TimeProvider Clock => TimeProvider.System;

    /// <summary>The folder relative paths in the options resolve against; the test's output folder unless overridden.</summary>
    protected virtual string ContentRoot => AppContext.BaseDirectory;

    /// <summary>How long a connector may take to notice a cancelled token (real time).</summary>
    protected virtual TimeSpan Promptly => TimeSpan.FromSeconds(5);

    /// <summary>How long one whole read, push or check may take (real time) before the check fails instead of hanging.</summary>
    protected virtual TimeSpan Timeout => TimeSpan.FromSeconds(60);

    private protected abstract PluginKind Kind { get; }

    /// <summary>
    /// Starts the test server the connector talks to (your own fake API or the project's sandbox, on loopback) and returns its
    /// base address; return <c>null</c> when the plugin needs none (it reads files, say). Called before each check.
    /// Connectors get an HTTP client that reaches loopback addresses only, so no check ever depends on the network.
    /// </summary>
    protected abstract Task<Uri?> StartServerAsync();

    /// <summary>Stops what <see cref="StartServerAsync"/> started. Called after each check.</summary>
    protected virtual Task StopServerAsync() => Task.CompletedTask;

    /// <summary>Options that work against the test server: they validate, the check passes and reads or pushes succeed.</summary>
    protected abstract object GoodOptions();

    /// <summary>Options that break a validation rule (a required option missing, a value out of range).</summary>
    protected abstract object InvalidOptions();

    /// <summary>
    /// The members <see cref="InvalidOptions"/> must be reported under, as the option's path in the connector's JSON
    /// <c>options</c> object (<c>accessToken</c>, <c>columns.score</c>): the host prints each failure with that path.
    /// </summary>
    protected abstract IReadOnlyCollection<string> InvalidMembers { get; }

    /// <summary>
    /// Options that validate but that the test server refuses (a wrong access token, a missing folder), so
    /// <c>CheckAsync</c> must fail with a message that says what to fix.
    /// </summary>
    protected abstract object RefusedOptions();

    /// <inheritdoc />
    public async Task InitializeAsync() => Server = await StartServerAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await StopServerAsync();
    }

    /// <summary>
    /// Creates a connector as the host does: the plugin's services built once from its <c>ConfigureServices</c>, and a
    /// context with the options, a loopback-only HTTP client, <see cref="Clock"/> and a logger.
    /// </summary>
    protected IConnector CreateConnector(object options, string name = "conformance") => CreateConnector(options, name, new LoopbackOnlyHandler());

    /// <summary>As <see cref="CreateConnector(object, string)"/>, with the HTTP client sending through <paramref name="handler"/>.</summary>
    private protected IConnector CreateConnector(object options, string name, HttpMessageHandler handler)
    {
        _services ??= PluginServices.Build(Plugin);
        var http = new HttpClient(handler) { Timeout = Timeout };
        _clients.Add(http);
        var context = new TestConnectorContext(options, _services)
        {
            ConnectorName = name,
            ContentRoot = ContentRoot,
            HttpClient = http,
            TimeProvider = Clock,
            Logger = Log,
        };
        return Plugin.CreateConnector(context)
            ?? throw ConformanceException.Of("create", $"{typeof(TPlugin).Name}.CreateConnector returned null");
    }

    /// <summary>The manifest says who the plugin is, what it does and how it is configured, as the host requires to load it.</summary>
    [Fact]
    public void The_manifest_is_valid() =>
        ConformanceException.ThrowIfAny("manifest", ManifestRules.Problems(Plugin, Kind));

    /// <summary>The good options pass validation: the host would start the connector with them.</summary>
    [Fact]
    public void Options_validation_accepts_the_good_config()
    {
        var options = OfOptionsType(GoodOptions(), nameof(GoodOptions));
        var failures = OptionsRules.Validate(options);
        ConformanceException.ThrowIfAny("options", [.. failures.Select(f => $"GoodOptions() failed validation at '{f.Path}': {f.Message}")]);
    }

    /// <summary>The invalid options are refused, every failure naming the member it is about, so the host can print its JSON path.</summary>
    [Fact]
    public void Options_validation_rejects_the_bad_config_with_member_paths()
    {
        var options = OfOptionsType(InvalidOptions(), nameof(InvalidOptions));
        var failures = OptionsRules.Validate(options);
        var problems = new List<string>();
        if (failures.Count == 0)
        {
            problems.Add($"InvalidOptions() passed validation; {options.GetType().Name} must refuse it (DataAnnotations or IValidatableObject)");
        }

        problems.AddRange(failures.Where(f => !f.MemberExists).Select(f => f.Path.Length == 0
            ? $"a failure names no member ('{f.Message}'); give the option's name in ValidationResult.MemberNames so the host prints its JSON path"
            : $"a failure names '{f.Path}', which is no property of {options.GetType().Name} ('{f.Message}')"));
        problems.AddRange(failures.Where(f => string.IsNullOrWhiteSpace(f.Message)).Select(f => $"the failure at '{f.Path}' has no message"));
        var paths = failures.Select(f => f.Path).ToHashSet(StringComparer.OrdinalIgnoreCase);
        problems.AddRange(InvalidMembers.Where(m => !paths.Contains(m)).Select(m =>
            $"expected a failure at '{m}', got {(paths.Count == 0 ? "none" : string.Join(", ", paths.Select(p => $"'{p}'")))}"));
        ConformanceException.ThrowIfAny("options", problems);
    }

    /// <summary><c>CheckAsync</c> succeeds against the test server with the good options.</summary>
    [Fact]
    public async Task Check_passes_on_the_good_config()
    {
        var result = await CheckAsync(OfOptionsType(GoodOptions(), nameof(GoodOptions)));
        if (!result.Ok)
        {
            throw ConformanceException.Of("check", $"CheckAsync failed on GoodOptions(): {result.Message}");
        }

        if (string.IsNullOrWhiteSpace(result.Message))
        {
            throw ConformanceException.Of("check", "CheckAsync succeeded without a message; say what was reached (the shop's name, the folder and its files)");
        }
    }

    /// <summary>
    /// <c>CheckAsync</c> with options the server refuses returns a failure (rather than throwing) whose message says what
    /// is wrong, and never shows the secret it was given.
    /// </summary>
    [Fact]
    public async Task Check_fails_clearly_on_a_refused_config()
    {
        var options = OfOptionsType(RefusedOptions(), nameof(RefusedOptions));
        var invalid = OptionsRules.Validate(options);
        if (invalid.Count > 0)
        {
            throw ConformanceException.Of("check", $"RefusedOptions() must pass validation so that it reaches CheckAsync, but failed at '{invalid[0].Path}': {invalid[0].Message}");
        }

        var result = await CheckAsync(options);
        var problems = new List<string>();
        if (result.Ok)
        {
            problems.Add($"CheckAsync succeeded on RefusedOptions(): '{result.Message}'");
        }

        if (string.IsNullOrWhiteSpace(result.Message) || result.Message.Trim().Length < 15)
        {
            problems.Add($"the failure's message '{result.Message}' is too short to act on; say what was refused and how to fix it");
        }

        problems.AddRange(SecretValues.Of(options).Where(s => result.Message.Contains(s, StringComparison.Ordinal))
            .Select(_ => "the message shows a secret from the options; name the option instead"));
        ConformanceException.ThrowIfAny("check", problems);
    }

    /// <summary>
    /// Nothing the connector logs while it checks (with the good and the refused options) and reads or pushes shows a
    /// token, secret, password or API key from its options: operators paste logs into tickets and chats.
    /// </summary>
    [Fact]
    public async Task No_secret_is_logged()
    {
        var good = OfOptionsType(GoodOptions(), nameof(GoodOptions));
        var refused = OfOptionsType(RefusedOptions(), nameof(RefusedOptions));
        await CheckAsync(good);
        await CheckAsync(refused);
        await ExerciseAsync();
        var secrets = SecretValues.Of(good).Concat(SecretValues.Of(refused)).Distinct().ToList();
        var leaks = Log.Entries.Where(e => secrets.Any(s => e.Message.Contains(s, StringComparison.Ordinal)))
            .Select(e => $"a {e.Level} log line shows a secret from the options: '{Mask(e.Message, secrets)}'; name the option instead")
            .Take(5)
            .ToList();
        ConformanceException.ThrowIfAny("secrets", leaks);
    }

    /// <summary>What the connector does with <c>GoodOptions()</c>: a source reads every stream, a sink pushes its samples.</summary>
    private protected abstract Task ExerciseAsync();

    private static string Mask(string message, IEnumerable<string> secrets) =>
        secrets.Aggregate(message, (text, secret) => text.Replace(secret, "***", StringComparison.Ordinal));

    /// <summary>The author's options, checked to be there and of the manifest's options type before any rule runs on them.</summary>
    private protected object OfOptionsType(object? options, string source)
    {
        if (options is null)
        {
            throw ConformanceException.Of("options", $"{source}() returned null");
        }

        var expected = Plugin.Manifest.OptionsType;
        return expected is not null && !expected.IsInstanceOfType(options)
            ? throw ConformanceException.Of("options", $"{source}() is a {options.GetType().Name}, but the manifest's OptionsType is {expected.Name}")
            : options;
    }

    private async Task<CheckResult> CheckAsync(object options)
    {
        var connector = CreateConnector(options);
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            return await connector.CheckAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw ConformanceException.Of("check", $"CheckAsync did not finish within {Timeout.TotalSeconds:0} s");
        }
        catch (Exception ex) when (ex is not ConformanceException)
        {
            throw ConformanceException.Of("check", $"CheckAsync threw {ex.GetType().Name}: {ex.Message}; return CheckResult.Failure with what to fix instead");
        }
    }
}
