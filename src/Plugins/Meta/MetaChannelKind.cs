namespace Connectors.Plugins.Meta;

/// <summary>The Meta channel one connector reads: its webhook shape, history and send API follow from it.</summary>
internal enum MetaChannelKind
{
    WhatsApp,
    Messenger,
    Instagram,
}
