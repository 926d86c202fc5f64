namespace Connectors.Plugins.Webhook.Formats;

/// <summary>Cuts text to the lengths chat tools accept, marking the cut, instead of having the whole message refused.</summary>
internal static class TextLimits
{
    public static string Shorten(string text, int max) =>
        text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1)] + "…";
}
