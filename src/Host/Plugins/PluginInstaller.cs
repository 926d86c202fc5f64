using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Connectors.Host.Plugins;

/// <summary>
/// <c>plugins install</c>: puts a published plugin (a <c>dotnet publish</c> folder, or a zip of one) into the plugins
/// folder once it has loaded here as the host would load it: one entry class, a manifest, the contracts' major
/// version, and an id no plugin in the folder has. Nothing is copied when any check fails.
/// </summary>
public static partial class PluginInstaller
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    /// <summary>The installed plugin, or <c>null</c> and the reason in <paramref name="error"/>.</summary>
    public static LoadedPlugin? Install(string source, PluginCatalog catalog, TimeProvider time, out string? error)
    {
        var full = Path.GetFullPath(source);
        string? scratch = null;
        try
        {
            var folder = Unpack(full, out scratch, out error);
            return folder is null ? null : InstallFolder(folder, full, catalog, time, out error);
        }
        finally
        {
            if (scratch is not null)
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static LoadedPlugin? InstallFolder(string folder, string source, PluginCatalog catalog, TimeProvider time, out string? error)
    {
        var candidate = McMasterPluginLoader.LoadFolder(folder);
        if (candidate.Status != PluginStatus.Active)
        {
            error = $"{source} is not a plugin this host can load ({candidate.Status}): {candidate.Error}";
            return null;
        }

        var manifest = candidate.Manifest!;
        if (!IdPattern().IsMatch(manifest.Id))
        {
            error = $"{source}: the manifest's id '{manifest.Id}' must be lower-case letters, digits and '-' (operators write it in \"plugin\")";
            return null;
        }

        if (catalog.All.FirstOrDefault(p => p.Status == PluginStatus.Active && string.Equals(p.Manifest!.Id, manifest.Id, StringComparison.OrdinalIgnoreCase)) is { } taken)
        {
            error = $"the id '{manifest.Id}' is taken by {taken.Folder} (version {taken.Manifest!.Version}); " +
                "remove that folder first to replace it, then restart the host";
            return null;
        }

        var name = Path.GetFileName(Directory.GetFiles(folder, "*.deps.json")[0])[..^".deps.json".Length];
        var target = Path.Combine(catalog.Directory, name);
        if (Directory.Exists(target))
        {
            error = $"{target} already exists; remove it first, or rename the plugin's assembly";
            return null;
        }

        Copy(folder, target);
        new InstallRecord(manifest.Id, manifest.Version.ToString(), source, time.GetUtcNow()).WriteTo(target);
        error = null;
        return candidate with { Folder = target };
    }

    /// <summary>The folder holding the plugin: the given one, or a zip's content (or its one top folder) unpacked into scratch.</summary>
    private static string? Unpack(string source, out string? scratch, out string? error)
    {
        scratch = null;
        error = null;
        if (Directory.Exists(source))
        {
            return source;
        }

        if (!File.Exists(source) || !source.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            error = $"{source} is neither a folder nor a .zip file; give the output of dotnet publish (-o <folder>) or a zip of it";
            return null;
        }

        scratch = Path.Combine(Path.GetTempPath(), $"connectors-install-{Guid.NewGuid():N}");
        try
        {
            ZipFile.ExtractToDirectory(source, scratch);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            error = $"{source} could not be unpacked ({ex.Message}); zip the dotnet publish folder again";
            return null;
        }

        // A zip made of the folder itself holds one top folder; one made of its content holds the files.
        var top = Directory.GetDirectories(scratch);
        return Directory.GetFiles(scratch, "*.deps.json").Length == 0 && top.Length == 1 ? top[0] : scratch;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
