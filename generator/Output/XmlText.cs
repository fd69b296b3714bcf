using System.Buffers;
using System.Text;
using System.Xml;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>XML output helpers: writer settings for our files, and removal of characters XML 1.0 forbids.</summary>
internal static class XmlText
{
    /// <summary>The C0 controls XML forbids (all but tab, LF and CR): an ASCII set, searched as a bitmap.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(ForbiddenControls());

    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CheckCharacters = true,
    };

    /// <summary>Drops characters XML cannot carry (front matter refuses them with BRF027; bodies are cleaned here).</summary>
    /// <returns>The same instance when there is nothing to drop, as is almost always the case.</returns>
    public static string Clean(string text)
    {
        var firstBad = -1;
        var from = 0;
        while (from < text.Length)
        {
            var hit = IndexOfSuspect(text.AsSpan(from));
            if (hit < 0)
            {
                break;
            }

            var at = from + hit;
            if (!IsAllowed(text, at))
            {
                firstBad = at;
                break;
            }

            from = at + (char.IsHighSurrogate(text[at]) ? 2 : 1);
        }

        if (firstBad < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (IsAllowed(text, i))
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary><see cref="XmlWriter.WriteElementString(string, string)"/> of cleaned text: a registry name can't break a feed.</summary>
    public static void Element(XmlWriter xml, string name, string text) => xml.WriteElementString(name, Clean(text));

    /// <summary>
    /// An element that feed readers parse as HTML (RSS <c>description</c>) holding plain text: HTML-escaped, then
    /// XML-escaped by the writer, so a summary "a &lt; b" or "&lt;img onerror=…&gt;" reads as written instead of becoming markup.
    /// </summary>
    public static void HtmlElement(XmlWriter xml, string name, string text) => xml.WriteElementString(name, Clean(HtmlText.Escape(text)));

    public static void Attribute(XmlWriter xml, string name, string text) => xml.WriteAttributeString(name, Clean(text));

    private static bool IsAllowed(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        }

        return XmlConvert.IsXmlChar(c);
    }

    /// <summary>
    /// The first character that may be forbidden: a C0 control but tab, LF and CR, or anything from U+D800 up
    /// (surrogates are fine only in pairs; U+FFFE and U+FFFF never; the rest of that range is allowed and passes
    /// <see cref="IsAllowed"/>). Two vectorized scans: one set of surrogates and controls was a probabilistic map,
    /// 2–3% of a 50,000-briefing build's CPU over the feeds' item HTML.
    /// </summary>
    private static int IndexOfSuspect(ReadOnlySpan<char> text)
    {
        var control = text.IndexOfAny(Controls);
        var high = (control < 0 ? text : text[..control]).IndexOfAnyInRange('\uD800', '\uFFFF');
        return high >= 0 ? high : control;
    }

    private static string ForbiddenControls()
    {
        var chars = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                chars.Append(c);
            }
        }

        return chars.ToString();
    }
}
