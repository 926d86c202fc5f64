namespace Connectors.Host.Plugins;

/// <summary>How loading a plugin folder went.</summary>
public enum PluginStatus
{
    /// <summary>Loaded and registered.</summary>
    Active,

    /// <summary>Built against another major version of the contracts.</summary>
    NotSupported,

    /// <summary>The folder could not be loaded or the plugin threw while registering.</summary>
    Malfunctioned,
}
