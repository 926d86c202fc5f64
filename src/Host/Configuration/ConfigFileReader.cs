using System.Text.Json;

namespace Connectors.Host.Configuration;

/// <summary>
/// Reads the configuration file's shape, collecting every structural problem with its JSON path instead of
/// stopping at the first. Plugin options, crons and route targets are checked later by <see cref="ConfigValidator"/>.
/// </summary>
public static class ConfigFileReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly string[] TopLevelKeys = ["$schema", "store", "plugins", "web", "connectors", "routes"];
    private static readonly string[] StoreKeys = ["provider", "connectionString"];
    private static readonly string[] PluginsKeys = ["directory"];
    private static readonly string[] WebKeys = ["urls", "apiKey"];
    private static readonly string[] ConnectorKeys = ["name", "plugin", "schedule", "options"];
    private static readonly string[] RouteKeys = ["name", "what", "when", "to", "priority", "template"];
    private static readonly string[] WhenKeys = ["ratingAtMost", "kinds"];

    public static ConnectorsConfig? Read(string path, List<ConfigError> errors)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            errors.Add(new ConfigError(fullPath, "configuration file not found; pass --config <file> or create connectors.json in the current directory"));
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(fullPath), DocumentOptions);
        }
        catch (JsonException ex)
        {
            errors.Add(new ConfigError(
                $"{fullPath}:{ex.LineNumber + 1}:{ex.BytePositionInLine + 1}",
                $"not valid JSON: {FirstSentence(ex.Message)}"));
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new ConfigError("$", $"expected a JSON object, got {Describe(root)}"));
                return null;
            }

            var json = new JsonShape(errors);
            json.RejectUnknownKeys(root, "$", TopLevelKeys);
            return new ConnectorsConfig
            {
                FilePath = fullPath,
                Store = ReadStore(json, root),
                Plugins = ReadPlugins(json, root),
                Web = ReadWeb(json, root),
                Connectors = ReadArray(json, root, "connectors", ReadConnector),
                Routes = ReadArray(json, root, "routes", ReadRoute),
            };
        }
    }

    private static StoreConfig ReadStore(JsonShape json, JsonElement root)
    {
        if (!json.TryObject(root, "store", "$.store", out var store))
        {
            return new StoreConfig();
        }

        json.RejectUnknownKeys(store, "$.store", StoreKeys);
        var defaults = new StoreConfig();
        return new StoreConfig
        {
            Provider = json.String(store, "provider", "$.store.provider") ?? defaults.Provider,
            ConnectionString = json.String(store, "connectionString", "$.store.connectionString") ?? defaults.ConnectionString,
        };
    }

    private static PluginsConfig ReadPlugins(JsonShape json, JsonElement root)
    {
        if (!json.TryObject(root, "plugins", "$.plugins", out var plugins))
        {
            return new PluginsConfig();
        }

        json.RejectUnknownKeys(plugins, "$.plugins", PluginsKeys);
        return new PluginsConfig { Directory = json.String(plugins, "directory", "$.plugins.directory") };
    }

    private static WebConfig ReadWeb(JsonShape json, JsonElement root)
    {
        if (!json.TryObject(root, "web", "$.web", out var web))
        {
            return new WebConfig();
        }

        json.RejectUnknownKeys(web, "$.web", WebKeys);
        return new WebConfig
        {
            Urls = json.String(web, "urls", "$.web.urls") ?? new WebConfig().Urls,
            ApiKey = json.String(web, "apiKey", "$.web.apiKey"),
        };
    }

    private static List<T> ReadArray<T>(JsonShape json, JsonElement root, string name, Func<JsonShape, JsonElement, string, T?> read)
        where T : class
    {
        var items = new List<T>();
        if (!root.TryGetProperty(name, out var array))
        {
            return items;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            json.Error($"$.{name}", $"expected an array, got {Describe(array)}");
            return items;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"$.{name}[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                json.Error(path, $"expected an object, got {Describe(element)}");
                continue;
            }

            if (read(json, element, path) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private static ConnectorConfig? ReadConnector(JsonShape json, JsonElement element, string path)
    {
        json.RejectUnknownKeys(element, path, ConnectorKeys);
        var name = json.RequiredString(element, "name", $"{path}.name");
        var plugin = json.RequiredString(element, "plugin", $"{path}.plugin");
        var schedule = json.String(element, "schedule", $"{path}.schedule");
        var options = element.TryGetProperty("options", out var o) ? o.Clone() : default;
        if (options.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined))
        {
            json.Error($"{path}.options", $"expected an object, got {Describe(options)}");
        }

        return name is null || plugin is null
            ? null
            : new ConnectorConfig { Name = name, Plugin = plugin, Schedule = schedule, Options = options, JsonPath = path };
    }

    private static RouteConfig? ReadRoute(JsonShape json, JsonElement element, string path)
    {
        json.RejectUnknownKeys(element, path, RouteKeys);
        var name = json.RequiredString(element, "name", $"{path}.name");
        var to = json.RequiredString(element, "to", $"{path}.to");
        double? ratingAtMost = null;
        List<string> kinds = [];
        if (json.TryObject(element, "when", $"{path}.when", out var when))
        {
            json.RejectUnknownKeys(when, $"{path}.when", WhenKeys);
            ratingAtMost = json.Number(when, "ratingAtMost", $"{path}.when.ratingAtMost");
            kinds = json.StringArray(when, "kinds", $"{path}.when.kinds");
        }

        return name is null || to is null
            ? null
            : new RouteConfig
            {
                Name = name,
                To = to,
                What = json.String(element, "what", $"{path}.what") ?? "feedback",
                RatingAtMost = ratingAtMost,
                Kinds = kinds,
                Priority = json.String(element, "priority", $"{path}.priority"),
                Template = json.String(element, "template", $"{path}.template"),
            };
    }

    internal static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {element.GetRawText()}",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
