using YamlDotNet.Core;

namespace Briefing.Content;

/// <summary>A YAML value with the position it starts at: the small node model front matter and registries need.</summary>
internal abstract record YamlValue(Mark Start);

/// <summary>A scalar; a plain empty, <c>~</c> or <c>null</c> scalar is YAML's null.</summary>
internal sealed record YamlScalar(string Value, ScalarStyle Style, Mark Start) : YamlValue(Start)
{
    public bool IsNull => Style is ScalarStyle.Plain or ScalarStyle.Any && Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>A list, block or flow.</summary>
internal sealed record YamlSequence(IReadOnlyList<YamlValue> Items, Mark Start) : YamlValue(Start);

/// <summary>A mapping; entries keep their order and duplicates (reported by <see cref="MappingReader"/>).</summary>
internal sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlValue, YamlValue>> Entries, Mark Start) : YamlValue(Start);
