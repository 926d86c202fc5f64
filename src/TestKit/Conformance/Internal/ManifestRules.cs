using System.Reflection;
using System.Text.RegularExpressions;
using Connectors.Abstractions;

namespace Connectors.TestKit.Conformance.Internal;

/// <summary>What the host requires of a plugin's entry class and manifest before it loads the plugin.</summary>
internal static partial class ManifestRules
{
    private static readonly Version Contracts = typeof(IConnectorPlugin).Assembly.GetName().Version!;

    // Operators type the id in the configuration's "plugin" field, and the host looks it up ignoring case.
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    public static List<string> Problems(IConnectorPlugin plugin, PluginKind expected)
    {
        var problems = EntryClassProblems(plugin.GetType());
        var manifest = plugin.Manifest;
        if (manifest is null)
        {
            problems.Add("Manifest returned null; the host marks such a plugin Malfunctioned");
            return problems;
        }

        if (string.IsNullOrWhiteSpace(manifest.Id) || !IdPattern().IsMatch(manifest.Id))
        {
            problems.Add($"Id '{manifest.Id}' must be lower-case letters, digits and '-', starting with a letter or digit (operators write it in the configuration's \"plugin\" field)");
        }

        if (string.IsNullOrWhiteSpace(manifest.Name))
        {
            problems.Add("Name is empty; the plugins command shows it");
        }

        if (string.IsNullOrWhiteSpace(manifest.Description))
        {
            problems.Add("Description is empty; the plugins command shows it as the one line that says what the plugin does");
        }

        if (manifest.Version is null || manifest.Version == new Version(0, 0) || manifest.Version == new Version(0, 0, 0, 0))
        {
            problems.Add($"Version '{manifest.Version}' is not a version; give the plugin's own SemVer version, such as 1.0.0");
        }

        if (manifest.Kind != expected)
        {
            problems.Add($"Kind is {manifest.Kind} but the plugin is tested as a {expected}; use the {(manifest.Kind == PluginKind.Sink ? "Sink" : "Source")}ConformanceTests class or fix the kind");
        }

        problems.AddRange(CapabilityProblems(manifest));
        problems.AddRange(OptionsTypeProblems(manifest.OptionsType));
        return problems;
    }

    /// <summary>The host loads the single public entry class of the assembly, by its parameterless constructor, against the same major contracts.</summary>
    public static List<string> EntryClassProblems(Type entry)
    {
        var problems = new List<string>();
        if (!entry.IsPublic)
        {
            problems.Add($"{entry.Name} is not a public top-level class; the host only finds such a class implementing IConnectorPlugin");
        }

        var assembly = entry.Assembly;
        var entries = PublicEntryClasses(assembly);
        if (entries.Count > 1)
        {
            problems.Add($"{assembly.GetName().Name} has {entries.Count} public classes implementing IConnectorPlugin ({string.Join(", ", entries.Select(t => t.Name))}); the host loads a plugin assembly with exactly one");
        }

        var contracts = assembly.GetReferencedAssemblies().FirstOrDefault(r => r.Name == typeof(IConnectorPlugin).Assembly.GetName().Name);
        if (contracts?.Version is { } built && built.Major != Contracts.Major)
        {
            problems.Add($"{assembly.GetName().Name} was built against Connectors.Abstractions {built.ToString(3)}, but the host has {Contracts.ToString(3)}; rebuild against {Contracts.Major}.x");
        }

        return problems;
    }

    /// <summary>As the host finds them: top-level public (not nested) non-abstract classes.</summary>
    public static List<Type> PublicEntryClasses(Assembly assembly) =>
        [.. assembly.GetExportedTypes().Where(t => t is { IsAbstract: false, IsClass: true, IsPublic: true } && typeof(IConnectorPlugin).IsAssignableFrom(t))];

    private static IEnumerable<string> CapabilityProblems(PluginManifest manifest)
    {
        if (manifest.Kind != PluginKind.Source && manifest.Capabilities.HasFlag(PluginCapabilities.Incremental))
        {
            yield return "declares Incremental, which only a source can be (it resumes from a checkpoint)";
        }

        if (manifest.Kind != PluginKind.Source && manifest.Capabilities.HasFlag(PluginCapabilities.Webhooks))
        {
            yield return "declares Webhooks, which only a source can take";
        }

        if (manifest.Kind != PluginKind.Source && manifest.Streams is { Count: > 0 })
        {
            yield return $"declares the streams {string.Join(", ", manifest.Streams)}, which only a source reads";
        }

        if (manifest.Kind != PluginKind.Sink && manifest.Capabilities.HasFlag(PluginCapabilities.Alerts))
        {
            yield return "declares Alerts, which only a sink can take";
        }
    }

    /// <summary>The host binds the options by creating the type with its parameterless constructor and setting public properties.</summary>
    private static IEnumerable<string> OptionsTypeProblems(Type? type)
    {
        if (type is null)
        {
            yield return "OptionsType is null; declare the options class the host binds a connector's options to";
            yield break;
        }

        if (!type.IsClass || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
        {
            yield return $"OptionsType {type.Name} needs to be a non-abstract class with a public parameterless constructor (the host creates it to bind the options)";
        }

        if (!type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.CanWrite))
        {
            yield return $"OptionsType {type.Name} has no public settable property, so no option can be set";
        }
    }
}
