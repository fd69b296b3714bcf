using Briefing.Model;
using Briefing.Rendering;
using Briefing.Tests.Support;

namespace Briefing.Tests.Rendering.Compiled;

/// <summary>
/// The real theme's templates compiled and on Scriban's interpreter, over views with hostile, empty, unicode and long
/// values in every field: the same bytes, page after page, and every template ran compiled (no page rendered again).
/// </summary>
public sealed class CompiledThemeTests
{
    private static readonly string[] Texts = ["<script>x</script>\"'&amp;<", "", "José 漢字 🙂\u00a0é", new string('w', 3000) + "&"];

    [Fact]
    public void EveryLayoutAndPartialOfTheTheme_IsCompiled()
    {
        using var templates = Load(compile: true);

        Assert.Empty(templates.Interpreted);
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Theme, "layouts"), "*.html").Length
            + Directory.GetFiles(Path.Combine(RepoPaths.Theme, "partials"), "*.html").Length;
        Assert.Equal(files, templates.CompiledCount);
        Assert.Equal($"{files} templates compiled", templates.CompiledSummary);
    }

    [Theory]
    [MemberData(nameof(ThemeLayouts.WithAndWithoutOptionalFields), MemberType = typeof(ThemeLayouts))]
    public void EveryLayout_RendersTheSameBytes_CompiledAndOnScriban(string layout, bool full)
    {
        // Given the theme loaded twice: compiled, and all on Scriban
        using var compiled = Load(compile: true);
        using var interpreted = Load(compile: false);

        foreach (var text in Texts)
        {
            // When both render the layout (twice: the second reuses each thread's context and include_cached's outputs)
            var views = new FakeViews(text, full);
            var globals = ThemeLayouts.Globals(layout, views);
            var expected = interpreted.RenderPageText(layout, globals);
            Assert.Equal(expected, compiled.RenderPageText(layout, globals));
            Assert.Equal(expected, compiled.RenderPageText(layout, globals));

            // And the layout alone, as the digest's email renders
            Assert.Equal(interpreted.RenderDocument(layout, globals), compiled.RenderDocument(layout, globals));
        }

        // Then no render threw in a compiled template and went to Scriban instead
        Assert.Equal(0, compiled.RenderedAgain);
    }

    private static ThemeTemplates Load(bool compile)
    {
        var diagnostics = new List<Diagnostic>();
        var templates = ThemeTemplates.Load(RepoPaths.Theme, "themes/briefing", diagnostics, compile)!;
        Assert.Empty(diagnostics);
        return templates;
    }
}
