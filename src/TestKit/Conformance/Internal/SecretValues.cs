using System.Reflection;

namespace Connectors.TestKit.Conformance.Internal;

/// <summary>The values of an options object's secret-looking string options (tokens, secrets, passwords, API keys).</summary>
internal static class SecretValues
{
    private static readonly string[] Words = ["token", "secret", "password", "apikey"];

    public static IEnumerable<string> Of(object options) =>
        options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.GetIndexParameters().Length == 0
                && Words.Any(w => p.Name.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Select(p => p.GetValue(options) as string)
            .OfType<string>()
            // Short values (a placeholder, "x") would match ordinary words in a message.
            .Where(v => v.Length >= 6);
}
