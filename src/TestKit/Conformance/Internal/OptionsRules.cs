using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.TestKit.Conformance.Internal;

/// <summary>
/// Validates an options object as the host's options binder does after binding: DataAnnotations and
/// <see cref="IValidatableObject"/> (run even when an attribute failed, so every problem shows at once), descending into
/// nested option classes, each failure under the JSON path of the member it names.
/// </summary>
internal static class OptionsRules
{
    public static List<OptionFailure> Validate(object options)
    {
        var failures = new List<OptionFailure>();
        Validate(options, "", failures);
        return failures;
    }

    private static void Validate(object instance, string path, List<OptionFailure> failures)
    {
        var results = new List<ValidationResult>();
        var context = new ValidationContext(instance);
        if (!Validator.TryValidateObject(instance, context, results, validateAllProperties: true) && instance is IValidatableObject validatable)
        {
            results.AddRange(validatable.Validate(context));
        }

        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                var failure = new OptionFailure(Join(path, JsonPath(member)), result.ErrorMessage ?? "", member.Length > 0 && Resolves(instance.GetType(), member));
                if (!failures.Contains(failure))
                {
                    failures.Add(failure);
                }
            }
        }

        foreach (var property in instance.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var memberPath = Join(path, JsonName(property.Name));
            switch (property.GetValue(instance))
            {
                case null or string:
                    break;
                case IEnumerable items when IsNestedOptions(ItemType(property.PropertyType)):
                    var i = 0;
                    foreach (var item in items)
                    {
                        Validate(item, $"{memberPath}[{i++}]", failures);
                    }

                    break;
                case var nested when IsNestedOptions(property.PropertyType):
                    Validate(nested, memberPath, failures);
                    break;
            }
        }
    }

    /// <summary>Whether a validation result's member name (possibly dotted, <c>Columns.Score</c>) names a property chain of the type.</summary>
    private static bool Resolves(Type type, string member)
    {
        foreach (var part in member.Split('.'))
        {
            var property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                return false;
            }

            type = property.PropertyType;
        }

        return true;
    }

    public static string JsonPath(string member) => string.Join('.', member.Split('.').Where(p => p.Length > 0).Select(JsonName));

    private static string JsonName(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string Join(string path, string member) => path.Length == 0 ? member : member.Length == 0 ? path : $"{path}.{member}";

    private static bool IsNestedOptions(Type? type) =>
        type is not null && type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type)
        && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true
        && type.GetCustomAttribute<JsonConverterAttribute>() is null;

    private static Type? ItemType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericArguments() is [var item] && typeof(IEnumerable).IsAssignableFrom(type) ? item
        : null;
}
