using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>
/// Writes <c>connectors.json</c> into the export root: the sandbox's Shopify shop (its endpoint from
/// <c>CONNECTORS_SANDBOX_URL</c>, which the host's <c>demo</c> verb sets) and every survey connector, relative to the file.
/// </summary>
internal static class ConfigFileWriter
{
    /// <summary>The environment variable the host's <c>demo</c> verb sets to the in-process sandbox's URL.</summary>
    public const string SandboxUrl = "${env:CONNECTORS_SANDBOX_URL}";

    public static void Write(string path, SandboxOptions options, SurveyExportPlan plan)
    {
        var shopify = new JsonObject
        {
            ["name"] = plan.ShopifyConnector,
            ["plugin"] = "shopify",
            ["options"] = new JsonObject
            {
                ["shopDomain"] = options.Shopify.ShopDomain,
                ["accessToken"] = options.Shopify.AccessTokens[0],
                ["apiVersion"] = "2025-04",
                ["endpoint"] = SandboxUrl,
                ["bulkPollInterval"] = "00:00:00.250",
            },
        };
        var connectors = new JsonArray { shopify };
        foreach (var connector in ConnectorConfigs.All)
        {
            connectors.Add(connector.ToConnectorJson());
        }

        var config = new JsonObject
        {
            ["store"] = new JsonObject { ["provider"] = "sqlite", ["connectionString"] = "Data Source=data/surveys.db" },
            ["connectors"] = connectors,
        };
        var json = config.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = SandboxJson.Encoder });
        File.WriteAllText(path, json.ReplaceLineEndings("\n") + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
