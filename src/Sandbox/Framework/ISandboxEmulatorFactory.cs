namespace Connectors.Sandbox.Framework;

/// <summary>
/// Registers one emulator with the sandbox: add it to <see cref="SandboxOptions.Emulators"/> (the built-in ones are
/// there by default) and the sandbox calls <see cref="Create"/> once at start, with that vendor's state.
/// </summary>
public interface ISandboxEmulatorFactory
{
    /// <summary>Lower-case vendor name, unique in the sandbox: control URLs (<c>/_sandbox/{name}</c>) and fault settings use it.</summary>
    string Name { get; }

    /// <summary>Creates the emulator for a starting sandbox.</summary>
    ISandboxEmulator Create(SandboxEmulatorContext context);
}
