using System.Reflection;
using System.Text.Json.Serialization;

namespace Connectors.Host.Configuration;

/// <summary>Enum values as the configuration spells them: their JSON names where they declare them, else lower case.</summary>
internal static class JsonNames
{
    /// <summary>Every name of an enum type.</summary>
    public static IEnumerable<string> All(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(Of);

    /// <summary>The name of one value.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        typeof(TEnum).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static) is { } field ? Of(field) : value.ToString().ToLowerInvariant();

    private static string Of(FieldInfo field) => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name.ToLowerInvariant();
}
