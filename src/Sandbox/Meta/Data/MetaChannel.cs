namespace Connectors.Sandbox.Meta.Data;

/// <summary>Where a conversation happens.</summary>
public enum MetaChannel
{
    /// <summary>WhatsApp Cloud API (object <c>whatsapp_business_account</c>).</summary>
    WhatsApp,

    /// <summary>Messenger (object <c>page</c>).</summary>
    Messenger,

    /// <summary>Instagram messaging (object <c>instagram</c>).</summary>
    Instagram,
}
