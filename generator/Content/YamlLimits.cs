namespace Briefing.Content;

/// <summary>
/// Bounds on what one YAML document may make the reader do. Front matter and registry files are a few dozen values
/// a few levels deep; these are far above that and far below what would hang or crash a build.
/// </summary>
internal static class YamlLimits
{
    /// <summary>Collections inside collections (a briefing's deepest is three: moves, a move, its fields).</summary>
    public const int MaxDepth = 64;

    /// <summary>Values in a document once every alias is expanded (a "billion laughs" document is billions).</summary>
    public const long MaxValues = 100_000;
}
