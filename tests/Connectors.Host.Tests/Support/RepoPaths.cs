namespace Connectors.Host.Tests.Support;

/// <summary>Where the built host and its plugin folders are, found from the repository root.</summary>
internal static class RepoPaths
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static string Root { get; } = FindRoot();

    public static string HostBin => Path.Combine(Root, "src", "Host", "bin", Configuration, "net10.0");

    public static string PluginsDirectory => Path.Combine(HostBin, "plugins");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Connectors.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Connectors.sln not found above " + AppContext.BaseDirectory);
    }
}
