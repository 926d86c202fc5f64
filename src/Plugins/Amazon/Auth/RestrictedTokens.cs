using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Plugins.Amazon.Client;
using Connectors.Plugins.Amazon.Throttling;

namespace Connectors.Plugins.Amazon.Auth;

/// <summary>
/// Restricted Data Tokens (Tokens API 2021-03-01): the only way Amazon shows buyer PII. One token per region and
/// resource, kept until a minute before it expires; dropped when Amazon refuses it.
/// </summary>
internal sealed class RestrictedTokens(SpApiClient client, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, CachedToken> _tokens = new(StringComparer.Ordinal);

    public async Task<string> GetAsync(string region, RestrictedResource resource, CancellationToken cancellationToken)
    {
        var key = Key(region, resource);
        if (_tokens.TryGetValue(key, out var cached) && cached.IsFresh(time.GetUtcNow()))
        {
            return cached.Value;
        }

        var body = new JsonObject
        {
            ["restrictedResources"] = new JsonArray(new JsonObject
            {
                ["method"] = resource.Method,
                ["path"] = resource.Path,
                ["dataElements"] = new JsonArray([.. resource.DataElements.Select(e => (JsonNode)e)]),
            }),
        };
        using var answer = await client.SendAsync(
            new SpRequest(UsagePlans.CreateRestrictedDataToken, region, HttpMethod.Post, "tokens/2021-03-01/restrictedDataToken", body.ToJsonString()),
            cancellationToken);
        var root = answer?.RootElement ?? default;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("restrictedDataToken", out var value) || value.GetString() is not { } token)
        {
            throw new AmazonApiException("createRestrictedDataToken answered without a restrictedDataToken");
        }

        var seconds = root.TryGetProperty("expiresIn", out var e) && e.TryGetInt32(out var s) ? s : 3600;
        _tokens[key] = new CachedToken(token, time.GetUtcNow().AddSeconds(seconds));
        return token;
    }

    public void Invalidate(string region, RestrictedResource resource) => _tokens.TryRemove(Key(region, resource), out _);

    private static string Key(string region, RestrictedResource resource) =>
        $"{region}|{resource.Method}|{resource.Path}|{string.Join(',', resource.DataElements)}";
}
