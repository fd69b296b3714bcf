using Briefing.Model;

namespace Briefing.Media.Cards;

/// <summary>Finds the line of a top-level YAML key in a content file, for a card warning (the model keeps no position for titles and names).</summary>
internal static class SourceLine
{
    public static SourceSpan Find(string siteRoot, string path, string key)
    {
        try
        {
            var line = 0;
            foreach (var text in File.ReadLines(Path.Combine(siteRoot, path)))
            {
                line++;
                if (text.StartsWith(key, StringComparison.Ordinal) && text.AsSpan(key.Length).TrimStart(' ').StartsWith(":"))
                {
                    var value = text.IndexOf(':', key.Length) + 1;
                    while (value < text.Length && text[value] == ' ')
                    {
                        value++;
                    }

                    return new SourceSpan(path, line, value + 1);
                }
            }
        }
        catch (IOException)
        {
        }

        return SourceSpan.File(path);
    }
}
