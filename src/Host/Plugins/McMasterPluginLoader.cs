using System.Reflection;
using Connectors.Abstractions;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Connectors.Host.Plugins;

/// <summary>
/// Loads each folder below the plugins directory into its own load context. The contracts and the
/// Microsoft.Extensions abstractions are shared with the host so that an <see cref="ILogger"/> or
/// <see cref="IServiceCollection"/> is the same type on both sides; everything else stays private to the plugin.
/// </summary>
public sealed class McMasterPluginLoader : IPluginLoader
{
    private static readonly Type[] SharedTypes =
    [
        typeof(IConnectorPlugin),
        typeof(IServiceCollection),
        typeof(ILogger),
        typeof(IOptions<>),
        typeof(IConfiguration),
        typeof(HttpClient),
    ];

    public IReadOnlyList<LoadedPlugin> LoadAll(string pluginsDirectory)
    {
        if (!Directory.Exists(pluginsDirectory))
        {
            return [];
        }

        return [.. Directory.EnumerateDirectories(pluginsDirectory).Order(StringComparer.Ordinal).Select(LoadFolder)];
    }

    /// <summary>Loads one plugin folder: the plugin when it is active, else the reason and the fix.</summary>
    public static LoadedPlugin LoadFolder(string folder)
    {
        var name = Path.GetFileName(folder);
        var depsFiles = Directory.GetFiles(folder, "*.deps.json");
        if (depsFiles.Length != 1)
        {
            return Failed(folder, PluginStatus.Malfunctioned,
                $"expected exactly one <assembly>.deps.json in {folder}, found {depsFiles.Length}; " +
                "build the plugin project with EnableDynamicLoading (as src/Plugins/Directory.Build.props does) into its own folder");
        }

        var assemblyPath = depsFiles[0][..^".deps.json".Length] + ".dll";
        if (!File.Exists(assemblyPath))
        {
            return Failed(folder, PluginStatus.Malfunctioned, $"{Path.GetFileName(assemblyPath)} is missing beside its .deps.json; rebuild the plugin");
        }

        if (DepsFileProblem(depsFiles[0]) is { } depsProblem)
        {
            return Failed(folder, PluginStatus.Malfunctioned, depsProblem);
        }

        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, SharedTypes, config => config.PreferSharedTypes = true);
            var assembly = loader.LoadDefaultAssembly();
            if (ContractVersion.Check(assembly.GetName(), assembly.GetReferencedAssemblies()) is { } versionError)
            {
                return Failed(folder, PluginStatus.NotSupported, versionError);
            }

            // GetTypes() up front surfaces version skew now rather than at the first call.
            var entryTypes = assembly.GetTypes()
                .Where(t => t is { IsAbstract: false, IsPublic: true } && typeof(IConnectorPlugin).IsAssignableFrom(t))
                .ToList();
            if (entryTypes.Count != 1)
            {
                return Failed(folder, PluginStatus.Malfunctioned,
                    $"{assembly.GetName().Name} must have exactly one public class implementing IConnectorPlugin, found {entryTypes.Count}");
            }

            var plugin = (IConnectorPlugin)Activator.CreateInstance(entryTypes[0])!;
            _ = plugin.Manifest ?? throw new InvalidOperationException($"{entryTypes[0].Name}.Manifest returned null");
            // Register into a scratch collection first: a plugin that throws here is marked, and the host goes on without it.
            plugin.ConfigureServices(new ServiceCollection());
            return new LoadedPlugin(folder, PluginStatus.Active, plugin, null);
        }
        catch (ReflectionTypeLoadException ex)
        {
            var first = ex.LoaderExceptions.FirstOrDefault(e => e is not null)?.Message ?? ex.Message;
            return Failed(folder, PluginStatus.Malfunctioned, $"types failed to load ({first}); rebuild the plugin against this host's packages");
        }
#pragma warning disable CA1031 // Any failure of third-party plugin code must mark that plugin, never stop the host.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Failed(folder, PluginStatus.Malfunctioned, $"{ex.GetType().Name}: {ex.Message}; rebuild or remove the folder '{name}'");
        }
    }

    /// <summary>
    /// The runtime's native dependency resolver aborts the whole process on a malformed deps.json, so check its
    /// shape before handing the folder over.
    /// </summary>
    private static string? DepsFileProblem(string depsFile)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(depsFile));
            var root = document.RootElement;
            return root.ValueKind == System.Text.Json.JsonValueKind.Object
                && root.TryGetProperty("runtimeTarget", out var target) && target.TryGetProperty("name", out _)
                && root.TryGetProperty("targets", out var targets) && targets.ValueKind == System.Text.Json.JsonValueKind.Object
                && root.TryGetProperty("libraries", out _)
                ? null
                : $"{Path.GetFileName(depsFile)} is not a build-generated dependency manifest (runtimeTarget, targets, libraries missing); rebuild the plugin";
        }
        catch (System.Text.Json.JsonException ex)
        {
            return $"{Path.GetFileName(depsFile)} is not valid JSON ({ex.Message}); rebuild the plugin";
        }
    }

    private static LoadedPlugin Failed(string folder, PluginStatus status, string error) => new(folder, status, null, error);
}
