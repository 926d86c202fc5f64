using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Trustpilot.Api;

/// <summary><c>GET /v1/business-units/find?name={domain}</c> with the <c>apikey</c> header: the one business unit, or 404.</summary>
internal static class BusinessUnitEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, TrustpilotEmulator trustpilot) =>
        endpoints.MapGet("/v1/business-units/find", VendorPipeline.Handler(trustpilot.Vendor, new TrustpilotPolicy(trustpilot, TrustpilotAuth.ApiKey), x =>
        {
            var name = x.Query("name")?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                return TrustpilotAnswers.BadRequest("name is required");
            }

            // Trustpilot matches the domain with or without "www.".
            var domain = trustpilot.Options.Domain;
            if (!string.Equals(name, domain, StringComparison.OrdinalIgnoreCase) && !string.Equals(name, "www." + domain, StringComparison.OrdinalIgnoreCase))
            {
                return TrustpilotAnswers.NotFound("Business unit not found");
            }

            return TrustpilotAnswers.Ok(new JsonObject
            {
                ["links"] = new JsonArray(ReviewJson.Link($"/v1/business-units/{trustpilot.Options.BusinessUnitId}", "GET", "business-units")),
                ["id"] = trustpilot.Options.BusinessUnitId,
                ["displayName"] = trustpilot.Options.DisplayName,
                ["name"] = new JsonObject { ["identifying"] = domain, ["referring"] = new JsonArray("www." + domain) },
                ["numberOfReviews"] = new JsonObject { ["total"] = trustpilot.Reviews.Count },
                ["status"] = "active",
            });
        }));
}
