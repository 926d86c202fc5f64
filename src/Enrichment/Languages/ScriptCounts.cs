using Connectors.Enrichment.Text;

namespace Connectors.Enrichment.Languages;

/// <summary>How many letters of each script a text has: the script alone settles Chinese and Japanese.</summary>
internal readonly record struct ScriptCounts(int Latin, int Han, int Kana, int Other)
{
    public int Cjk => Han + Kana;

    public int Letters => Latin + Han + Kana + Other;

    public static ScriptCounts Of(ReadOnlySpan<char> text)
    {
        int latin = 0, han = 0, kana = 0, other = 0;
        foreach (var c in text)
        {
            if (c < 0x250)
            {
                latin += char.IsLetter(c) ? 1 : 0;
            }
            else if (CharClasses.IsHan(c))
            {
                han++;
            }
            else if (CharClasses.IsKana(c))
            {
                kana++;
            }
            else if (char.IsLetter(c))
            {
                other++;
            }
        }

        return new ScriptCounts(latin, han, kana, other);
    }
}
