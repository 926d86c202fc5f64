using Connectors.Sandbox.Surveys;

namespace Connectors.Sandbox.Tests.Surveys;

public sealed class SurveyExportDeterminismTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("survey-determinism-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_other_rows()
    {
        var a = Write("a", seed: 42);
        var b = Write("b", seed: 42);
        var c = Write("c", seed: 43);

        Assert.Equal(a.Keys, b.Keys);
        Assert.Equal(11, a.Count);
        Assert.All(a, file => Assert.True(file.Value.AsSpan().SequenceEqual(b[file.Key]), $"{file.Key} differs between two runs of seed 42"));
        Assert.False(a["us/nps/typeform-nps-us.csv"].AsSpan().SequenceEqual(c["us/nps/typeform-nps-us.csv"]));
        Assert.False(a["truth.json"].AsSpan().SequenceEqual(c["truth.json"]));
    }

    private Dictionary<string, byte[]> Write(string name, int seed)
    {
        var directory = Path.Combine(_root.FullName, name);
        SurveyExports.Write(directory, new SandboxOptions { Seed = seed, Customers = 400 });
        return Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }
}
