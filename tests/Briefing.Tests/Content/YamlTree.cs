using Briefing.Content;
using YamlDotNet.Core;

namespace Briefing.Tests.Content;

/// <summary>A YAML node tree as one string: values, scalar styles and positions (line, column, index), for comparing two readers.</summary>
internal static class YamlTree
{
    public static string Describe(YamlValue? value) => value switch
    {
        null => "null",
        YamlScalar s => $"S({s.Value}|{s.Style}|{Pos(s.Start)})",
        YamlSequence q => $"Q({Pos(q.Start)}:[{string.Join(",", q.Items.Select(Describe))}])",
        YamlMapping m => $"M({Pos(m.Start)}:{{{string.Join(",", m.Entries.Select(e => Describe(e.Key) + "=" + Describe(e.Value)))}}})",
        _ => "?",
    };

    private static string Pos(Mark mark) => $"{mark.Line}:{mark.Column}@{mark.Index}";
}
