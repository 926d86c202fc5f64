using System.Globalization;
using Connectors.Enrichment.Text;

namespace Connectors.Enrichment.Sentiment;

/// <summary>One language's sentiment cues (<c>Resources/sentiment.{code}.txt</c>), compiled for matching.</summary>
internal sealed class SentimentLexicon
{
    private SentimentLexicon(LanguageProfile profile, List<(PhrasePattern Pattern, Cue Cue)> cues)
    {
        Profile = profile;
        if (profile.Unspaced)
        {
            Characters = new SubstringMatcher<Cue>(cues.Select(c => (c.Pattern.Substring!, c.Cue)));
        }
        else
        {
            Words = new TokenMatcher<Cue>(cues);
        }

        Negators = new SubstringMatcher<bool>(profile.Unspaced
            ? cues.Where(c => c.Cue.Kind == CueKind.Negator).Select(c => (c.Pattern.Substring!, true))
            : []);
        NegatorWords = [.. cues.Where(c => c.Cue.Kind == CueKind.Negator && c.Pattern.Tokens.Length == 1).Select(c => c.Pattern.Tokens[0].Text)];
    }

    public LanguageProfile Profile { get; }

    /// <summary>The cues, for a space-separated language.</summary>
    public TokenMatcher<Cue>? Words { get; }

    /// <summary>The cues, for Chinese and Japanese.</summary>
    public SubstringMatcher<Cue>? Characters { get; }

    /// <summary>The negators alone as substrings (Chinese, Japanese), for the topic rules' negation check.</summary>
    public SubstringMatcher<bool> Negators { get; }

    /// <summary>The one-word negators (space-separated languages), for the topic rules' negation check.</summary>
    public HashSet<string> NegatorWords { get; }

    /// <summary>Parses a lexicon file; a malformed line is a bug in the shipped data, reported with its file and line.</summary>
    public static SentimentLexicon Parse(LanguageProfile profile, IEnumerable<(int Number, string Text)> lines, string source)
    {
        var cues = new List<(PhrasePattern, Cue)>();
        CueKind? section = null;
        foreach (var (number, line) in lines)
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1] switch
                {
                    "polar" => CueKind.Polar,
                    "negators" => CueKind.Negator,
                    "intensifiers" => CueKind.Intensifier,
                    "contrast" => CueKind.Contrast,
                    "concession" => CueKind.Concession,
                    _ => throw Bad(source, number, line, "unknown section; the sections are [polar], [negators], [intensifiers], [contrast], [concession]"),
                };
                continue;
            }

            if (section is not { } kind)
            {
                throw Bad(source, number, line, "an entry before the first [section]");
            }

            var (phrase, value) = kind is CueKind.Polar or CueKind.Intensifier ? SplitWeight(line, source, number) : (line, 0f);
            var pattern = PhrasePattern.TryParse(phrase, profile, out var error) ?? throw Bad(source, number, line, error!);
            cues.Add((pattern, new Cue(kind, value)));
        }

        return new SentimentLexicon(profile, MarkSelfNegated(profile, cues));
    }

    private static List<(PhrasePattern, Cue)> MarkSelfNegated(LanguageProfile profile, List<(PhrasePattern Pattern, Cue Cue)> cues)
    {
        var negators = cues.Where(c => c.Cue.Kind == CueKind.Negator).Select(c => c.Pattern).ToArray();
        bool StartsWithNegator(PhrasePattern p) => profile.Unspaced
            ? negators.Any(n => p.Substring!.Length > n.Substring!.Length && p.Substring.StartsWith(n.Substring, StringComparison.Ordinal))
            : p.Tokens.Length > 1 && negators.Any(n => n.Tokens.Length == 1 && n.Tokens[0].Text == p.Tokens[0].Text);

        return [.. cues.Select(c => c.Cue.Kind == CueKind.Polar && StartsWithNegator(c.Pattern) ? (c.Pattern, c.Cue with { SelfNegated = true }) : (c.Pattern, c.Cue))];
    }

    private static (string Phrase, float Value) SplitWeight(string line, string source, int number)
    {
        var space = line.LastIndexOfAny([' ', '\t']);
        if (space <= 0 || !float.TryParse(line.AsSpan(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw Bad(source, number, line, "expected a phrase, a space and a number");
        }

        return (line[..space].Trim(), value);
    }

    private static InvalidDataException Bad(string source, int number, string line, string why) =>
        new($"{source}, line {number} ('{line}'): {why}.");
}
