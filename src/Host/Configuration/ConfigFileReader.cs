using System.Text.Json;
using System.Text.Json.Nodes;

namespace Connectors.Host.Configuration;

/// <summary>
/// Reads the configuration file into <see cref="ConnectorsConfig"/>, collecting every structural problem (unknown
/// settings, wrong types, missing fields) with its JSON path instead of stopping at the first. What needs the plugins or
/// other sections (plugin options, crons, route targets) is checked later by <see cref="ConfigValidator"/>.
/// </summary>
public static class ConfigFileReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The configuration, or <c>null</c> when the file is missing or not JSON (the error says which and where).</summary>
    public static ConnectorsConfig? Read(string path, List<ConfigError> errors)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            errors.Add(new ConfigError(fullPath, "configuration file not found; pass --config <file> or create connectors.json in the current directory"));
            return null;
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllBytes(fullPath), documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            errors.Add(new ConfigError(
                $"{fullPath}:{ex.LineNumber + 1}:{ex.BytePositionInLine + 1}",
                $"not valid JSON: {FirstSentence(ex.Message)}"));
            return null;
        }

        if (root is not JsonObject)
        {
            errors.Add(new ConfigError("$", $"expected a JSON object, got {OptionsBinder.Describe(root)}"));
            return null;
        }

        var config = OptionsBinder.BindLenient<ConnectorsConfig>(root, "$", errors);
        config.FilePath = fullPath;
        return config;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
