using System.Globalization;

namespace Connectors.Enrichment.Text;

/// <summary>The character classes tokenising and clause splitting need.</summary>
internal static class CharClasses
{
    public static bool IsWordChar(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>Punctuation that ends a clause, so negation and phrases do not reach across it.</summary>
    public static bool IsClauseBreak(char c) => c switch
    {
        '.' or ',' or ';' or ':' or '!' or '?' or '\n' or '\r' or '(' or ')' or '…' or '/' => true,
        '。' or '，' or '、' or '！' or '？' or '；' or '：' or '（' or '）' or '．' => true,
        _ => false,
    };

    /// <summary>A character an emoji or emoticon can start with; checked before treating it as punctuation.</summary>
    public static bool MayStartEmoji(char c) =>
        char.IsHighSurrogate(c) || c is >= '\u2190' and <= '\u2BFF' || c is ':' or ';' or '<';

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    public static bool IsKana(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F';

    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';
}
