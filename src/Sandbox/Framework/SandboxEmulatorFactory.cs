namespace Connectors.Sandbox.Framework;

/// <summary>Builds an <see cref="ISandboxEmulatorFactory"/> from a name and a constructor call.</summary>
public static class SandboxEmulatorFactory
{
    /// <summary>A factory that calls <paramref name="create"/> for the vendor <paramref name="name"/>.</summary>
    public static ISandboxEmulatorFactory Create(string name, Func<SandboxEmulatorContext, ISandboxEmulator> create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(create);
        return new DelegateFactory(name, create);
    }

    private sealed class DelegateFactory(string name, Func<SandboxEmulatorContext, ISandboxEmulator> create) : ISandboxEmulatorFactory
    {
        public string Name { get; } = name;

        public ISandboxEmulator Create(SandboxEmulatorContext context) => create(context);
    }
}
