using Briefing.Rendering.Compiled;
using Scriban;

namespace Briefing.Rendering;

/// <summary>Which of the theme's templates run compiled (<see cref="TemplateCompiler"/>), and which on Scriban, and why.</summary>
public sealed partial class ThemeTemplates
{
    /// <summary>How many of the theme's layouts and partials run compiled.</summary>
    public int CompiledCount => _compiled.Count;

    /// <summary>
    /// The theme's templates that run on Scriban's interpreter, by path in the theme (<c>partials/x.html</c>), with the
    /// construct that kept each from being compiled; empty when all are compiled.
    /// </summary>
    public IReadOnlyDictionary<string, string> Interpreted => _interpreted;

    /// <summary>How many renders threw in compiled templates and were rendered again by Scriban (a template error, say).</summary>
    public long RenderedAgain => Interlocked.Read(ref _fallbacks);

    /// <summary>A line for <c>--timings</c>: how many templates run compiled, and which do not.</summary>
    public string CompiledSummary => _interpreted.Count == 0
        ? $"{_compiled.Count} templates compiled"
        : $"{_compiled.Count} templates compiled; on Scriban: {string.Join(", ", _interpreted.Select(kv => $"{kv.Key} ({kv.Value})"))}";

    private void Compile(Dictionary<string, Template> templates, string folder, GlobalSlots slots)
    {
        foreach (var (name, template) in templates.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (TemplateCompiler.Compile(template, slots, out var reason) is { } compiled)
            {
                _compiled[template] = compiled;
            }
            else
            {
                _interpreted[$"{folder}/{name}.html"] = reason ?? "not supported";
            }
        }
    }
}
