using System.Text;
using System.Xml;

namespace Briefing.Output;

/// <summary>XML output helpers: writer settings for our files, and removal of characters XML 1.0 forbids.</summary>
internal static class XmlText
{
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
    public static string Clean(string text)
    {
        var firstBad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsAllowed(text, i))
            {
                firstBad = i;
                break;
            }
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
}
