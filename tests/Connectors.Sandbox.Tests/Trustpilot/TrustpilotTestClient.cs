using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Connectors.Sandbox.Trustpilot;

namespace Connectors.Sandbox.Tests.Trustpilot;

/// <summary>Calls the Trustpilot emulator of a <see cref="SandboxHarness"/> as a Trustpilot client would.</summary>
internal static class TrustpilotTestClient
{
    public const string ReviewsPath = "v1/private/business-units/" + TrustpilotDefaults.BusinessUnitId + "/reviews";
    public const string ProductReviewsPath = "v1/private/product-reviews/business-units/" + TrustpilotDefaults.BusinessUnitId + "/reviews";

    public static TrustpilotEmulator Trustpilot(this SandboxHarness sandbox) => sandbox.Server.Trustpilot;

    public static string Basic(string key = TrustpilotDefaults.ApiKey, string secret = TrustpilotDefaults.ApiSecret) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(key + ":" + secret));

    /// <summary>POSTs a form to the token endpoint (or the refresh endpoint) with the client's Basic credentials.</summary>
    public static async Task<TrustpilotCall> TokenAsync(this SandboxHarness sandbox, string form, bool refresh = false, string? basic = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, (refresh ? TrustpilotDefaults.RefreshPath : TrustpilotDefaults.TokenPath).TrimStart('/'))
        {
            Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic ?? Basic());
        return await SendAsync(sandbox, request);
    }

    /// <summary>A business-user access token from the password grant.</summary>
    public static async Task<string> AccessTokenAsync(this SandboxHarness sandbox)
    {
        var call = await sandbox.TokenAsync($"grant_type=password&username={Uri.EscapeDataString(TrustpilotDefaults.Username)}&password={TrustpilotDefaults.Password}");
        Assert.Equal(HttpStatusCode.OK, call.Status);
        return call.Json.GetProperty("access_token").GetString()!;
    }

    public static async Task<TrustpilotCall> CallAsync(this SandboxHarness sandbox, HttpMethod method, string pathAndQuery, string? token, string? json = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery.TrimStart('/'));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (apiKey is not null)
        {
            request.Headers.TryAddWithoutValidation("apikey", apiKey);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await SendAsync(sandbox, request);
    }

    /// <summary>One page of the service reviews; <paramref name="query"/> without the leading '?'.</summary>
    public static Task<TrustpilotCall> ReviewsAsync(this SandboxHarness sandbox, string token, string query = "") =>
        sandbox.CallAsync(HttpMethod.Get, ReviewsPath + (query.Length == 0 ? "" : "?" + query), token);

    /// <summary>Every service review a query matches, reading pages of 100 until an empty one.</summary>
    public static async Task<List<System.Text.Json.JsonElement>> AllReviewsAsync(this SandboxHarness sandbox, string token, string query = "")
    {
        var all = new List<System.Text.Json.JsonElement>();
        for (var page = 1; ; page++)
        {
            var call = await sandbox.ReviewsAsync(token, $"perPage=100&page={page}" + (query.Length == 0 ? "" : "&" + query));
            Assert.Equal(HttpStatusCode.OK, call.Status);
            if (call.Reviews.Length == 0)
            {
                return all;
            }

            all.AddRange(call.Reviews);
        }
    }

    public static DateTimeOffset Time(this System.Text.Json.JsonElement review, string name) =>
        DateTimeOffset.Parse(review.GetProperty(name).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first sandbox person who is a Shopify customer with an email and an order.</summary>
    public static long FirstBuyer(this SandboxHarness sandbox) =>
        Enumerable.Range(0, sandbox.Server.Options.Customers)
            .First(i => sandbox.Server.People.Get(i).Email is not null && sandbox.Shopify.Store.GetOrdersOfCustomer(7_000_000_000_000 + i).Count > 0);

    private static async Task<TrustpilotCall> SendAsync(SandboxHarness sandbox, HttpRequestMessage request)
    {
        using var response = await sandbox.Http.SendAsync(request);
        return new TrustpilotCall(response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
