namespace Connectors.Plugins.SurveysCsv.Internal;

/// <summary>Counts physical lines so problems point at the line an editor shows, even after quoted multi-line comments.</summary>
internal static class LineBreaks
{
    /// <summary>Counts <c>\r\n</c>, <c>\n</c> and a lone <c>\r</c> as one break each.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }
}
