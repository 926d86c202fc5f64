namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>One allowed value of an enumeration or boolean property.</summary>
/// <param name="Label">Shown in HubSpot's UI.</param>
/// <param name="Value">The stored value.</param>
/// <param name="DisplayOrder">Position in the UI.</param>
/// <param name="Hidden">Hidden from forms.</param>
public sealed record PropertyOption(string Label, string Value, int DisplayOrder = 0, bool Hidden = false);
