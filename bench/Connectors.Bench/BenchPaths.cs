namespace Connectors.Bench;

/// <summary>The host's plugin folders, built beside the host in the same configuration as this harness.</summary>
internal static class BenchPaths
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public static string Root { get; } = FindRoot();

    public static string Plugins => Path.Combine(Root, "src", "Host", "bin", Configuration, "net10.0", "plugins");

    public static string Output => Path.Combine(Root, "bench", "out");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Connectors.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the harness from inside the repository");
    }
}
