using System.Reflection;
using Connectors.Host.Plugins;

namespace Connectors.Host.Tests.Plugins;

public sealed class ContractVersionTests
{
    private static readonly AssemblyName Plugin = new("Acme.Plugin");

    [Fact]
    public void Same_major_version_is_accepted() =>
        Assert.Null(ContractVersion.Check(Plugin, [new AssemblyName($"Connectors.Abstractions, Version={ContractVersion.Host.Major}.9.0.0")]));

    [Fact]
    public void Another_major_version_is_refused_naming_both_versions()
    {
        var error = ContractVersion.Check(Plugin, [new AssemblyName("Connectors.Abstractions, Version=1.4.0.0")]);

        Assert.NotNull(error);
        Assert.Contains("Acme.Plugin was built against Connectors.Abstractions 1.4.0", error, StringComparison.Ordinal);
        Assert.Contains($"this host has {ContractVersion.Host.ToString(3)}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_without_the_contracts_is_not_a_plugin() =>
        Assert.Contains("does not reference Connectors.Abstractions", ContractVersion.Check(Plugin, [new AssemblyName("System.Runtime")]), StringComparison.Ordinal);
}
