using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Connectors.Host.Configuration;

/// <summary>
/// Binds a connector's <c>options</c> JSON to its plugin's options type and validates it, reporting every
/// unknown key, wrong type and failed rule with its JSON path instead of stopping at the first.
/// </summary>
public static class OptionsBinder
{
    internal static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static object? Bind(Type optionsType, JsonNode? json, string path, List<ConfigError> errors)
    {
        var before = errors.Count;
        var instance = BindObject(optionsType, json ?? new JsonObject(), path, errors);
        if (instance is null)
        {
            return null;
        }

        // Rules run even after a binding error so every problem shows at once; a member already reported is not reported twice.
        var bindingErrors = errors.Skip(before).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var ruleErrors = new List<ConfigError>();
        Validate(instance, path, ruleErrors);
        errors.AddRange(ruleErrors.Where(e => !bindingErrors.Contains(e.Path)));
        return errors.Count > before ? null : instance;
    }

    private static object? BindObject(Type type, JsonNode json, string path, List<ConfigError> errors)
    {
        if (json is not JsonObject jsonObject)
        {
            errors.Add(new ConfigError(path, $"expected an object, got {json.GetValueKind().ToString().ToLowerInvariant()}"));
            return null;
        }

        var instance = Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"{type.FullName} needs a public parameterless constructor to be used as options.");
        var properties = BindableProperties(type);
        foreach (var (name, value) in jsonObject)
        {
            var memberPath = $"{path}.{name}";
            if (!properties.TryGetValue(name, out var property))
            {
                var known = string.Join(", ", properties.Values.Select(p => JsonName(p.Name)));
                errors.Add(new ConfigError(memberPath, $"unknown option; this plugin's options are: {known}"));
                continue;
            }

            var bound = BindValue(property.PropertyType, value, memberPath, errors, out var ok);
            if (ok)
            {
                property.SetValue(instance, bound);
            }
        }

        return instance;
    }

    private static object? BindValue(Type type, JsonNode? value, string path, List<ConfigError> errors, out bool ok)
    {
        ok = true;
        if (value is not null && IsNestedOptions(type))
        {
            var nested = BindObject(type, value, path, errors);
            ok = nested is not null;
            return nested;
        }

        try
        {
            return value?.Deserialize(type, SerializerOptions);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            ok = false;
            errors.Add(new ConfigError(path, $"expected {Describe(type)}, got {Describe(value)}"));
            return null;
        }
    }

    /// <summary>Runs DataAnnotations and <see cref="IValidatableObject"/> on an object and on its nested option objects.</summary>
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
            var members = result.MemberNames.DefaultIfEmpty("").ToList();
            foreach (var member in members)
            {
                var error = new ConfigError(MemberPath(path, member), Clean(result.ErrorMessage));
                if (!errors.Contains(error))
                {
                    errors.Add(error);
                }
            }
        }

        foreach (var property in BindableProperties(instance.GetType()).Values.Where(p => IsNestedOptions(p.PropertyType)))
        {
            if (property.GetValue(instance) is { } nested)
            {
                Validate(nested, $"{path}.{JsonName(property.Name)}", errors);
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

    private static Dictionary<string, PropertyInfo> BindableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    private static bool IsNestedOptions(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type) && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true;

    private static string MemberPath(string path, string member) =>
        member.Length == 0 ? path : $"{path}.{string.Join('.', member.Split('.').Select(JsonName))}";

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
            _ when underlying.IsEnum => $"one of: {string.Join(", ", Enum.GetNames(underlying))}",
            _ when typeof(IEnumerable).IsAssignableFrom(underlying) => "an array",
            _ => $"a {underlying.Name}",
        };
    }

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => $"the string \"{v.GetValue<string>()}\"",
        _ => $"{node.GetValueKind().ToString().ToLowerInvariant()} {node.ToJsonString()}",
    };
}
