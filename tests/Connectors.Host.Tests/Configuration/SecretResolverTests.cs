using System.Text.Json;
using Connectors.Host.Configuration;
using Connectors.Host.Logging;
using Connectors.Host.Tests.Support;

namespace Connectors.Host.Tests.Configuration;

public sealed class SecretResolverTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly SecretRedactor _redactor = new();

    public void Dispose() => _dir.Dispose();

    private SecretResolver Resolver(Dictionary<string, string> env) => new(_redactor, n => env.GetValueOrDefault(n), _dir.Path);

    [Fact]
    public void Env_and_file_references_resolve_anywhere_in_the_options_and_are_redacted()
    {
        _dir.File("secrets/api.key", "key-from-file\r\n");
        using var doc = JsonDocument.Parse("""{ "a": "${env:TOKEN}", "nested": { "b": ["x-${file:secrets/api.key}"] }, "n": 3 }""");
        var errors = new List<ConfigError>();

        var resolved = Resolver(new() { ["TOKEN"] = "tok-123456" }).Resolve(doc.RootElement, "$.o", errors)!;

        Assert.Empty(errors);
        Assert.Equal("tok-123456", resolved["a"]!.GetValue<string>());
        Assert.Equal("x-key-from-file", resolved["nested"]!["b"]![0]!.GetValue<string>());
        Assert.Equal(3, resolved["n"]!.GetValue<int>());
        Assert.Equal("*** and ***", _redactor.Redact("tok-123456 and key-from-file"));
    }

    [Fact]
    public void Missing_references_are_errors_that_say_how_to_fix_them()
    {
        using var doc = JsonDocument.Parse("""{ "a": "${env:NOPE}", "b": "${file:missing.txt}" }""");
        var errors = new List<ConfigError>();

        Resolver([]).Resolve(doc.RootElement, "$.o", errors);

        Assert.Collection(errors,
            e => Assert.Equal(("$.o.a", true), (e.Path, e.Message.Contains("set the environment variable NOPE", StringComparison.Ordinal))),
            e => Assert.Equal(("$.o.b", true), (e.Path, e.Message.Contains("not found", StringComparison.Ordinal))));
    }
}
