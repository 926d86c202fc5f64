using System.Reflection;
using Connectors.Abstractions;

namespace Connectors.Host.Plugins;

/// <summary>The contracts' SemVer rule: a plugin must be built against the same major version as the host.</summary>
public static class ContractVersion
{
    public static Version Host { get; } = typeof(IConnectorPlugin).Assembly.GetName().Version!;

    /// <summary>Returns an error naming both versions when the plugin's reference to the contracts has another major version.</summary>
    public static string? Check(AssemblyName pluginAssembly, IEnumerable<AssemblyName> references)
    {
        var contracts = references.FirstOrDefault(r => r.Name == typeof(IConnectorPlugin).Assembly.GetName().Name);
        if (contracts?.Version is not { } built)
        {
            return $"{pluginAssembly.Name} does not reference Connectors.Abstractions; a plugin implements IConnectorPlugin from it";
        }

        return built.Major == Host.Major
            ? null
            : $"{pluginAssembly.Name} was built against Connectors.Abstractions {built.ToString(3)} but this host has {Host.ToString(3)}; " +
              $"rebuild the plugin against Connectors.Abstractions {Host.Major}.x or use a host of major version {built.Major}";
    }
}
