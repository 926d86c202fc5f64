namespace Connectors.Sandbox.Meta.Data;

/// <summary>The customer side of a conversation: a sandbox person as one Meta channel shows them.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="PersonIndex">The sandbox person (<c>SandboxPeople.Get</c>); a Shopify customer when below the sandbox's customers.</param>
/// <param name="Name">The profile name.</param>
/// <param name="ScopedId">Messenger: the PSID; Instagram: the IGSID; WhatsApp: the business-scoped user id.</param>
/// <param name="WaId">WhatsApp: the phone in E.164 digits without '+'; null when the user withholds it (a username).</param>
/// <param name="Username">Instagram: the handle; WhatsApp: the username of a user who withholds the phone; else null.</param>
public sealed record MetaContact(MetaChannel Channel, long PersonIndex, string Name, string ScopedId, string? WaId, string? Username)
{
    /// <summary>WhatsApp: the business-scoped user id (<c>user_id</c>, <c>US.1349…</c>).</summary>
    public string? UserId => Channel == MetaChannel.WhatsApp ? ScopedId : null;
}
