using System.Globalization;
using System.Text;

namespace Connectors.Bench;

/// <summary>A scenario's figures: each line printed as it is measured and kept, then saved in <c>bench/out/</c>.</summary>
internal sealed class BenchReport
{
    private readonly StringBuilder _text = new();

    public void Line(FormattableString text)
    {
        var line = text.ToString(CultureInfo.InvariantCulture);
        Console.WriteLine(line);
        _text.AppendLine(line);
    }

    /// <summary>Writes <c>bench/out/&lt;name&gt;[-no-enrichment].txt</c>.</summary>
    public async Task SaveAsync(string name, bool enrichment)
    {
        Directory.CreateDirectory(BenchPaths.Output);
        await File.WriteAllTextAsync(Path.Combine(BenchPaths.Output, $"{name}{(enrichment ? "" : "-no-enrichment")}.txt"), _text.ToString());
    }
}
