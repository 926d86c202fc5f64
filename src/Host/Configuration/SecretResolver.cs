using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Connectors.Host.Logging;

namespace Connectors.Host.Configuration;

/// <summary>
/// Replaces <c>${env:NAME}</c> and <c>${file:path}</c> references in configuration strings with their values,
/// registering every value with the <see cref="SecretRedactor"/> so it never reaches a log.
/// </summary>
public sealed partial class SecretResolver(SecretRedactor redactor, Func<string, string?> getEnvironmentVariable, string contentRoot)
{
    [GeneratedRegex(@"\$\{(?<kind>env|file):(?<name>[^}]+)\}")]
    private static partial Regex ReferencePattern();

    /// <summary>Resolves every reference in a string; <c>null</c> when one could not be resolved (an error is added).</summary>
    public string? ResolveString(string value, string path, List<ConfigError> errors)
    {
        var failed = false;
        var resolved = ReferencePattern().Replace(value, match =>
        {
            var secret = Lookup(match.Groups["kind"].Value, match.Groups["name"].Value.Trim(), path, errors);
            failed |= secret is null;
            return secret ?? "";
        });
        return failed ? null : resolved;
    }

    /// <summary>Returns a copy of a JSON element with every string's references resolved.</summary>
    public JsonNode? Resolve(JsonElement element, string path, List<ConfigError> errors) => element.ValueKind switch
    {
        JsonValueKind.Object => ResolveObject(element, path, errors),
        JsonValueKind.Array => ResolveArray(element, path, errors),
        JsonValueKind.String => JsonValue.Create(ResolveString(element.GetString()!, path, errors)),
        JsonValueKind.Undefined => null,
        _ => JsonNode.Parse(element.GetRawText()),
    };

    private JsonObject ResolveObject(JsonElement element, string path, List<ConfigError> errors)
    {
        var result = new JsonObject();
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = Resolve(property.Value, $"{path}.{property.Name}", errors);
        }

        return result;
    }

    private JsonArray ResolveArray(JsonElement element, string path, List<ConfigError> errors)
    {
        var result = new JsonArray();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            result.Add(Resolve(item, $"{path}[{index++}]", errors));
        }

        return result;
    }

    private string? Lookup(string kind, string name, string path, List<ConfigError> errors)
    {
        string? value;
        if (kind == "env")
        {
            value = getEnvironmentVariable(name);
            if (string.IsNullOrEmpty(value))
            {
                errors.Add(new ConfigError(path, $"secret ${{env:{name}}} is not set; set the environment variable {name} before starting"));
                return null;
            }
        }
        else
        {
            var file = Path.GetFullPath(name, contentRoot);
            if (!File.Exists(file))
            {
                errors.Add(new ConfigError(path, $"secret file ${{file:{name}}} not found at {file}; create it or fix the path (relative paths start at the config file's folder)"));
                return null;
            }

            // Secret files conventionally end with a newline that is not part of the secret.
            value = File.ReadAllText(file).TrimEnd('\r', '\n');
        }

        redactor.Add(value);
        return value;
    }
}
