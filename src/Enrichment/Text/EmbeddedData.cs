namespace Connectors.Enrichment.Text;

/// <summary>Reads the lexicons and the default taxonomy that ship inside the assembly.</summary>
internal static class EmbeddedData
{
    public static Stream Open(string name)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        return assembly.GetManifestResourceStream($"Connectors.Enrichment.Resources.{name}")
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {assembly.GetName().Name}; it is listed as EmbeddedResource in Connectors.Enrichment.csproj.");
    }

    /// <summary>The meaningful lines of a text resource with their line numbers: trimmed, without blank lines and '#' comments.</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string name)
    {
        using var reader = new StreamReader(Open(name));
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return (number, trimmed);
            }
        }
    }
}
