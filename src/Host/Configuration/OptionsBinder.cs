using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Connectors.Host.Configuration;

/// <summary>
/// Binds JSON to an options class and validates it, reporting every unknown key, wrong type and failed rule with its
/// JSON path instead of stopping at the first. The host's own sections and every plugin's options are bound by it, so
/// a section is declared once: its class (properties, DataAnnotations, <see cref="IValidatableObject"/>) is the schema.
/// Nested option classes, lists of them and dictionaries of them are bound member by member, with their paths.
/// </summary>
public static class OptionsBinder
{
    internal static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Enums by name only (any case): a number in place of a priority or scale is a mistake, not an index.
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
    };

    /// <summary>Binds and validates a plugin's options; unknown keys are reported as options of that plugin.</summary>
    public static object? Bind(Type optionsType, JsonNode? json, string path, List<ConfigError> errors) =>
        Bind(optionsType, json, path, errors, UnknownKeys.PluginOptions);

    /// <summary>Binds and validates <paramref name="json"/> as <typeparamref name="T"/>; <c>null</c> when anything was wrong.</summary>
    public static T? Bind<T>(JsonNode? json, string path, List<ConfigError> errors)
        where T : class => (T?)Bind(typeof(T), json, path, errors, UnknownKeys.Settings);

    /// <summary>Binds <paramref name="json"/> as <typeparamref name="T"/> even when parts were wrong (they keep their defaults), reporting every problem.</summary>
    public static T BindLenient<T>(JsonNode? json, string path, List<ConfigError> errors)
        where T : class, new()
    {
        var before = errors.Count;
        var instance = (T?)BindObject(typeof(T), json ?? new JsonObject(), path, errors, UnknownKeys.Settings) ?? new T();
        AddRuleErrors(instance, path, errors, before);
        return instance;
    }

    private static object? Bind(Type optionsType, JsonNode? json, string path, List<ConfigError> errors, UnknownKeys unknownKeys)
    {
        var before = errors.Count;
        var instance = BindObject(optionsType, json ?? new JsonObject(), path, errors, unknownKeys);
        if (instance is null)
        {
            return null;
        }

        AddRuleErrors(instance, path, errors, before);
        return errors.Count > before ? null : instance;
    }

    /// <summary>Rules run even after a binding error so every problem shows at once; a member already reported is not reported twice.</summary>
    private static void AddRuleErrors(object instance, string path, List<ConfigError> errors, int before)
    {
        var bindingErrors = errors.Skip(before).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var ruleErrors = new List<ConfigError>();
        Validate(instance, path, ruleErrors);
        errors.AddRange(ruleErrors.Where(e => !bindingErrors.Contains(e.Path) && !errors.Contains(e)));
    }

    private static object? BindObject(Type type, JsonNode json, string path, List<ConfigError> errors, UnknownKeys unknownKeys)
    {
        if (json is not JsonObject jsonObject)
        {
            errors.Add(new ConfigError(path, $"expected an object, got {Describe(json)}"));
            return null;
        }

        var instance = Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"{type.FullName} needs a public parameterless constructor to be used as options.");
        if (instance is IJsonPathAware located)
        {
            located.JsonPath = path;
        }

        var properties = BindableProperties(type);
        foreach (var (name, value) in jsonObject)
        {
            var memberPath = $"{path}.{name}";
            if (!properties.TryGetValue(name, out var property))
            {
                var known = string.Join(", ", properties.Values.Select(JsonName).Distinct());
                errors.Add(new ConfigError(memberPath, unknownKeys == UnknownKeys.PluginOptions
                    ? $"unknown option; this plugin's options are: {known}"
                    : $"unknown setting; expected one of: {known}"));
                continue;
            }

            var bound = BindValue(property.PropertyType, value, memberPath, errors, unknownKeys, out var ok);
            if (ok)
            {
                property.SetValue(instance, bound);
            }
        }

        return instance;
    }

    private static object? BindValue(Type type, JsonNode? value, string path, List<ConfigError> errors, UnknownKeys unknownKeys, out bool ok)
    {
        ok = true;
        if (type == typeof(JsonElement))
        {
            // Kept raw: a connector's options are bound later, by their plugin's type, after secrets are resolved.
            return value is null ? default : JsonSerializer.SerializeToElement(value);
        }

        if (value is not null && IsNestedOptions(type))
        {
            var nested = BindObject(type, value, path, errors, unknownKeys);
            ok = nested is not null;
            return nested;
        }

        if (value is not null && ListItemType(type) is { } itemType && (IsNestedOptions(itemType) || itemType == typeof(string)))
        {
            return BindList(type, itemType, value, path, errors, unknownKeys, out ok);
        }

        if (value is JsonObject map && DictionaryValueType(type) is { } valueType && IsNestedOptions(valueType))
        {
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType), StringComparer.OrdinalIgnoreCase)!;
            foreach (var (key, item) in map)
            {
                if (BindValue(valueType, item, $"{path}.{key}", errors, unknownKeys, out var itemOk) is { } bound && itemOk)
                {
                    dictionary[key] = bound;
                }
            }

            return dictionary;
        }

        try
        {
            return value?.Deserialize(type, SerializerOptions);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            ok = false;
            errors.Add(new ConfigError(path, $"expected {Describe(type)}, got {Describe(value)}"));
            return null;
        }
    }

    /// <summary>A list of nested options (each bound with its index in the path), or of strings (where one string alone means a list of one).</summary>
    private static object? BindList(Type type, Type itemType, JsonNode value, string path, List<ConfigError> errors, UnknownKeys unknownKeys, out bool ok)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        ok = true;
        if (itemType == typeof(string) && value is JsonValue single && single.GetValueKind() == JsonValueKind.String)
        {
            list.Add(single.GetValue<string>());
            return type.IsArray ? ToArray(list, itemType) : list;
        }

        if (value is not JsonArray array)
        {
            ok = false;
            errors.Add(new ConfigError(path, $"expected {(itemType == typeof(string) ? "an array of strings" : "an array")}, got {Describe(value)}"));
            return null;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (array[i] is null)
            {
                errors.Add(new ConfigError(itemPath, $"expected {Describe(itemType)}, got null"));
                continue;
            }

            var bound = BindValue(itemType, array[i], itemPath, errors, unknownKeys, out var itemOk);
            if (itemOk && bound is not null)
            {
                list.Add(bound);
            }
        }

        return type.IsArray ? ToArray(list, itemType) : list;
    }

    private static Array ToArray(IList list, Type itemType)
    {
        var array = Array.CreateInstance(itemType, list.Count);
        list.CopyTo(array, 0);
        return array;
    }

    /// <summary>Runs DataAnnotations and <see cref="IValidatableObject"/> on an object and on the nested option objects it holds.</summary>
    private static void Validate(object instance, string path, List<ConfigError> errors)
    {
        var results = new List<ValidationResult>();
        var context = new ValidationContext(instance);
        if (!Validator.TryValidateObject(instance, context, results, validateAllProperties: true) && instance is IValidatableObject validatable)
        {
            // Validator skips IValidatableObject once an attribute failed; run it anyway so every problem shows at once.
            results.AddRange(CrossFieldResults(validatable, context));
        }

        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                var error = new ConfigError(MemberPath(instance.GetType(), path, member), Clean(result.ErrorMessage));
                if (!errors.Contains(error))
                {
                    errors.Add(error);
                }
            }
        }

        foreach (var property in BindableProperties(instance.GetType()).Values.Distinct())
        {
            var memberPath = $"{path}.{JsonName(property)}";
            switch (property.GetValue(instance))
            {
                case null:
                    break;
                case var nested when IsNestedOptions(property.PropertyType):
                    Validate(nested, memberPath, errors);
                    break;
                case IList items when ListItemType(property.PropertyType) is { } item && IsNestedOptions(item):
                    for (var i = 0; i < items.Count; i++)
                    {
                        Validate(items[i]!, $"{memberPath}[{i}]", errors);
                    }

                    break;
                case IDictionary map when DictionaryValueType(property.PropertyType) is { } value && IsNestedOptions(value):
                    foreach (DictionaryEntry entry in map)
                    {
                        Validate(entry.Value!, $"{memberPath}.{entry.Key}", errors);
                    }

                    break;
            }
        }
    }

    private static IEnumerable<ValidationResult> CrossFieldResults(IValidatableObject validatable, ValidationContext context)
    {
        try
        {
            return [.. validatable.Validate(context)];
        }
#pragma warning disable CA1031 // A cross-field rule may trip over a field already reported as missing; that report suffices.
        catch (Exception)
#pragma warning restore CA1031
        {
            return [];
        }
    }

    /// <summary>The settable properties by JSON name (and by C# name, so validation results can be mapped back).</summary>
    private static Dictionary<string, PropertyInfo> BindableProperties(Type type)
    {
        var result = new Dictionary<string, PropertyInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.CanWrite && property.GetIndexParameters().Length == 0 && property.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            {
                result.TryAdd(JsonName(property), property);
            }
        }

        return result;
    }

    private static bool IsNestedOptions(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type) && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true;

    private static Type? ListItemType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsGenericType || type.GetGenericArguments().Length != 1)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>)
            || definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static Type? DictionaryValueType(Type type)
    {
        if (!type.IsGenericType || type.GetGenericArguments() is not [var key, var value] || key != typeof(string))
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>) ? value : null;
    }

    private static string MemberPath(Type type, string path, string member)
    {
        if (member.Length == 0)
        {
            return path;
        }

        // Validation results name C# members; the path uses the JSON names.
        var names = member.Split('.').Select(m => type.GetProperty(m) is { } p ? JsonName(p) : JsonName(m));
        return $"{path}.{string.Join('.', names)}";
    }

    internal static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonName(property.Name);

    internal static string JsonName(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string Clean(string? message) =>
        string.IsNullOrWhiteSpace(message) ? "is not valid" : message.TrimEnd('.');

    private static string Describe(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(string) => "a string",
            _ when underlying == typeof(bool) => "true or false",
            _ when underlying == typeof(int) || underlying == typeof(long) => "a whole number",
            _ when underlying == typeof(double) || underlying == typeof(decimal) || underlying == typeof(float) => "a number",
            _ when underlying == typeof(TimeSpan) => "a duration such as \"00:05:00\"",
            _ when underlying == typeof(Uri) => "a URL string",
            _ when underlying.IsEnum => $"one of: {string.Join(", ", EnumNames(underlying))}",
            _ when DictionaryValueType(underlying) is not null => "an object",
            _ when typeof(IEnumerable).IsAssignableFrom(underlying) => "an array",
            _ => $"a {underlying.Name}",
        };
    }

    /// <summary>An enum's names as the configuration spells them: its JSON names where it declares them, else lower case.</summary>
    private static IEnumerable<string> EnumNames(Type type) => JsonNames.All(type);

    /// <summary>What a JSON value is, for messages: <c>the string "lots"</c>, <c>the number 5</c>, <c>an array</c>.</summary>
    internal static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => $"the string \"{v.GetValue<string>()}\"",
            JsonValueKind.Number => $"the number {v.ToJsonString()}",
            JsonValueKind.True or JsonValueKind.False => $"the boolean {v.ToJsonString()}",
            _ => v.ToJsonString(),
        },
        _ => node.ToJsonString(),
    };

    private enum UnknownKeys
    {
        Settings,
        PluginOptions,
    }
}
