using System.Text;
using Scriban;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// Text between tags, with the whitespace control of its tags (<c>~</c>, <c>-</c>) already applied by Scriban's parser to
/// the slice: written as Scriban's raw statement writes it. Encoded into UTF-8 once: a page's output takes the bytes
/// where no indent applies (<see cref="ThemeContext.WriteText"/>), else the text goes through Scriban's writer.
/// </summary>
internal sealed class RawTextNode(ScriptStringSlice text) : CompiledNode
{
    private readonly string _full = text.FullText ?? string.Empty;
    private readonly int _index = text.Index;
    private readonly int _length = text.Length;
    private readonly byte[] _utf8 = Encoding.UTF8.GetBytes(text.FullText ?? string.Empty, text.Index, text.Length);

    /// <summary>Whether Scriban's raw statement would do anything: not for an empty slice.</summary>
    public static bool IsEmpty(ScriptStringSlice text) => text.Length == 0 || string.IsNullOrEmpty(text.FullText);

    public override object? Evaluate(TemplateContext context)
    {
        if (context.EnableOutput)
        {
            if (context is ThemeContext theme)
            {
                theme.WriteText(_utf8, _full, _index, _length);
            }
            else
            {
                context.Write(_full, _index, _length);
            }

            return null;
        }

        return _full.Substring(_index, _length);
    }
}
