namespace Connectors.Abstractions.Tests;

/// <summary>
/// The contracts are what third-party plugins compile against: any change to their public surface must be a
/// decision (SemVer), made by updating PublicApi.approved.txt in the same commit.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_matches_the_approved_baseline()
    {
        var actual = PublicApiDescriber.Describe(typeof(IConnectorPlugin).Assembly);
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";

        if (actual != approved)
        {
            var received = Path.Combine(AppContext.BaseDirectory, "PublicApi.received.txt");
            File.WriteAllText(received, actual);
            var added = actual.Split('\n').Except(approved.Split('\n')).Select(l => "+ " + l);
            var removed = approved.Split('\n').Except(actual.Split('\n')).Select(l => "- " + l);
            Assert.Fail($"The public API of Connectors.Abstractions changed. If intended (and versioned per SemVer), copy\n{received}\nover tests/Connectors.Abstractions.Tests/PublicApi.approved.txt.\n{string.Join('\n', removed.Concat(added))}");
        }
    }

    [Fact]
    public void The_contracts_are_version_2() =>
        Assert.Equal(2, typeof(IConnectorPlugin).Assembly.GetName().Version!.Major);
}
