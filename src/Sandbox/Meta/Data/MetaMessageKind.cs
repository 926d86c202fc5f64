namespace Connectors.Sandbox.Meta.Data;

/// <summary>What a message carries.</summary>
public enum MetaMessageKind
{
    /// <summary>Text only (perhaps a quick reply or a reply to another message).</summary>
    Text,

    /// <summary>An image attachment (with a caption on WhatsApp).</summary>
    Image,

    /// <summary>A WhatsApp system message (the user changed number); its webhook has no <c>contacts</c>.</summary>
    System,

    /// <summary>A WhatsApp template the business sent.</summary>
    Template,
}
