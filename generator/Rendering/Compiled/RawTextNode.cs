using Scriban;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// Text between tags, with the whitespace control of its tags (<c>~</c>, <c>-</c>) already applied by Scriban's parser to
/// the slice: written as Scriban's raw statement writes it (through the context, so the indent and new-line state hold).
/// </summary>
internal sealed class RawTextNode(ScriptStringSlice text) : CompiledNode
{
    private readonly string _full = text.FullText ?? string.Empty;
    private readonly int _index = text.Index;
    private readonly int _length = text.Length;

    /// <summary>Whether Scriban's raw statement would do anything: not for an empty slice.</summary>
    public static bool IsEmpty(ScriptStringSlice text) => text.Length == 0 || string.IsNullOrEmpty(text.FullText);

    public override object? Evaluate(TemplateContext context)
    {
        if (context.EnableOutput)
        {
            context.Write(_full, _index, _length);
            return null;
        }

        return _full.Substring(_index, _length);
    }
}
