namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>One input of a batch upsert that was written.</summary>
internal sealed record UpsertResult(HubSpotRecord Record, bool New, string? ObjectWriteTraceId);
