namespace Connectors.EndToEnd.Tests.Support;

/// <summary>A fresh copy of the shipped samples/ folder, so each test starts from what a new user gets.</summary>
internal static class SampleCopy
{
    public static void Into(string target)
    {
        var source = Path.Combine(RepoPaths.Root, "samples");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("data", StringComparison.Ordinal))
            {
                continue; // a local demo run's database
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
