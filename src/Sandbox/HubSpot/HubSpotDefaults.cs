namespace Connectors.Sandbox.HubSpot;

/// <summary>The emulated HubSpot account's well-known settings, so demo configs and tests need no secrets.</summary>
public static class HubSpotDefaults
{
    /// <summary>The private-app access token the sandbox accepts by default (sent as <c>Authorization: Bearer ...</c>).</summary>
    public const string AccessToken = "pat-na1-00000000-0000-4000-8000-000000000000";

    /// <summary>The path prefix of the CRM v3 API (HubSpot also has dated prefixes such as <c>crm/objects/2026-03</c>; only v3 is served).</summary>
    public const string ApiPrefix = "crm/v3";

    /// <summary>HubSpot's account (portal) id of the sandbox account, quoted in some error messages.</summary>
    public const string PortalId = "20250101";

    /// <summary>The HUBSPOT_DEFINED association type id of note to contact.</summary>
    public const int NoteToContactTypeId = 202;

    /// <summary>The limit of one 10-second window on the Free and Starter tiers (190 on Professional and Enterprise).</summary>
    public const int RequestsPerTenSeconds = 100;

    /// <summary>The daily limit of the Free and Starter tiers.</summary>
    public const int DailyLimit = 250_000;
}
