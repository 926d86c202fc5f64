using System.Net;
using System.Text;
using System.Text.Json;
using Connectors.Sandbox.Amazon;

namespace Connectors.Sandbox.Tests.Amazon;

/// <summary>
/// Calls the Amazon emulator of a <see cref="SandboxHarness"/> as an SP-API client would, and checks every request it
/// sends and every answer it gets against Amazon's models (a test of a refused request says it breaks the model).
/// </summary>
internal static class AmazonTestClient
{
    public const string Us = "ATVPDKIKX0DER";
    public const string De = "A1PA6795UKMFR9";

    public static AmazonEmulator Amazon(this SandboxHarness sandbox) => AmazonEmulator.Of(sandbox.Server);

    /// <summary>An LWA access token for the sandbox seller.</summary>
    public static async Task<string> AccessTokenAsync(this SandboxHarness sandbox)
    {
        var (status, json) = await sandbox.LwaAsync($"grant_type=refresh_token&refresh_token={Uri.EscapeDataString(AmazonDefaults.RefreshToken)}&client_id={AmazonDefaults.ClientId}&client_secret={AmazonDefaults.ClientSecret}");
        Assert.Equal(HttpStatusCode.OK, status);
        return json.GetProperty("access_token").GetString()!;
    }

    public static async Task<(HttpStatusCode Status, JsonElement Json)> LwaAsync(this SandboxHarness sandbox, string form)
    {
        using var content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await sandbox.Http.PostAsync("auth/o2/token", content);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>A Restricted Data Token for resources (method, path, dataElements).</summary>
    public static async Task<string> RestrictedTokenAsync(this SandboxHarness sandbox, string token, params (string Method, string Path, string[] DataElements)[] resources)
    {
        var body = new
        {
            restrictedResources = resources.Select(r => new { method = r.Method, path = r.Path, dataElements = r.DataElements }),
        };
        var call = await sandbox.SpApiAsync(HttpMethod.Post, "tokens/2021-03-01/restrictedDataToken", token, body);
        Assert.Equal(HttpStatusCode.OK, call.Status);
        return call.Json.GetProperty("restrictedDataToken").GetString()!;
    }

    /// <summary>
    /// Sends an SP-API call with <c>x-amz-access-token</c> and checks the answer against the model (and the request too,
    /// unless <paramref name="requestBreaksModel"/>: a test of how the emulator refuses a bad request).
    /// </summary>
    public static async Task<AmazonCall> SpApiAsync(this SandboxHarness sandbox, HttpMethod method, string pathAndQuery, string? token, object? body = null, bool requestBreaksModel = false)
    {
        var text = body is null ? null : body as string ?? JsonSerializer.Serialize(body);
        if (!requestBreaksModel)
        {
            var requestProblems = AmazonModels.CheckRequest(method.Method, pathAndQuery, text);
            Assert.True(requestProblems.Count == 0, $"{method} {pathAndQuery} breaks the model: " + string.Join("; ", requestProblems));
        }

        using var request = new HttpRequestMessage(method, pathAndQuery.TrimStart('/'));
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("x-amz-access-token", token);
        }

        request.Headers.TryAddWithoutValidation("x-amz-date", sandbox.Clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("user-agent", "ConnectorsTests/1.0 (Language=C#)");
        if (text is not null)
        {
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }

        using var response = await sandbox.Http.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var status = (int)response.StatusCode;
        if (status != 502)
        {
            var problems = AmazonModels.CheckResponse(method.Method, pathAndQuery, status, answer, headers.Keys);
            Assert.True(problems.Count == 0, $"{method} {pathAndQuery} answered {status} outside the model: " + string.Join("; ", problems) + "\n" + answer);
        }

        // sources.md: the rate-limit header is never sent with a 429.
        if (status == 429)
        {
            Assert.False(headers.ContainsKey("x-amzn-RateLimit-Limit"), "a 429 carries x-amzn-RateLimit-Limit");
        }

        return new AmazonCall(response.StatusCode, answer, headers);
    }

    public static Task<AmazonCall> GetAsync(this SandboxHarness sandbox, string pathAndQuery, string? token, bool requestBreaksModel = false) =>
        sandbox.SpApiAsync(HttpMethod.Get, pathAndQuery, token, requestBreaksModel: requestBreaksModel);

    /// <summary>Seeded orders are two years of history before the data epoch: a window well inside it.</summary>
    public static string Iso(DateTimeOffset time) => Uri.EscapeDataString(time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
}
