using System.Text.Json.Nodes;

namespace Connectors.Sandbox.HubSpot.Api;

/// <summary>What an endpoint answers: status and JSON body, and whether it changed data (so its answer may be "lost").</summary>
internal sealed record ApiAnswer(int Status, JsonNode Body, bool Write = false);
