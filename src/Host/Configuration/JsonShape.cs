using System.Text.Json;

namespace Connectors.Host.Configuration;

/// <summary>Typed reads of JSON members that record a <see cref="ConfigError"/> for every mismatch and carry on.</summary>
internal sealed class JsonShape(List<ConfigError> errors)
{
    public void Error(string path, string message) => errors.Add(new ConfigError(path, message));

    public void RejectUnknownKeys(JsonElement element, string path, IReadOnlyCollection<string> known)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                Error($"{path}.{property.Name}", $"unknown setting; expected one of: {string.Join(", ", known)}");
            }
        }
    }

    public bool TryObject(JsonElement parent, string name, string path, out JsonElement value)
    {
        if (!parent.TryGetProperty(name, out value))
        {
            return false;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Error(path, $"expected an object, got {ConfigFileReader.Describe(value)}");
        return false;
    }

    public string? String(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        Error(path, $"expected a string, got {ConfigFileReader.Describe(value)}");
        return null;
    }

    public string? RequiredString(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out _))
        {
            Error(path, "is required");
            return null;
        }

        var value = String(parent, name, path);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Error(path, "must not be empty");
            return null;
        }

        return value;
    }

    public double? Number(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        Error(path, $"expected a number, got {ConfigFileReader.Describe(value)}");
        return null;
    }

    public List<string> StringArray(JsonElement parent, string name, string path)
    {
        var result = new List<string>();
        if (!parent.TryGetProperty(name, out var value))
        {
            return result;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(path, $"expected an array of strings, got {ConfigFileReader.Describe(value)}");
            return result;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                result.Add(item.GetString()!);
            }
            else
            {
                Error($"{path}[{index}]", $"expected a string, got {ConfigFileReader.Describe(item)}");
            }

            index++;
        }

        return result;
    }
}
