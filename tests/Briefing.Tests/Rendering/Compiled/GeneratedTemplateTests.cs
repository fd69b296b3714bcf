using Briefing.Model;
using Briefing.Rendering;
using Briefing.Rendering.Views;
using Scriban.Runtime;

namespace Briefing.Tests.Rendering.Compiled;

/// <summary>
/// Generated templates (<see cref="TemplateGenerator"/>, fixed seeds) rendered compiled and on Scriban over hostile
/// values: the same bytes, or the same diagnostic; and templates with constructs the compiler does not take run on Scriban.
/// </summary>
public sealed class GeneratedTemplateTests : IDisposable
{
    private const int Cases = 300;
    private readonly string _theme = Path.Combine(Path.GetTempPath(), "briefing-generated-" + Guid.NewGuid().ToString("N"));

    public GeneratedTemplateTests()
    {
        Directory.CreateDirectory(Path.Combine(_theme, "layouts"));
        Directory.CreateDirectory(Path.Combine(_theme, "partials"));
        foreach (var name in ThemeTemplates.RequiredLayouts)
        {
            File.WriteAllText(Path.Combine(_theme, "layouts", name + ".html"), name == "_base" ? "<{{ content_html }}>\n" : "-");
        }
    }

    public void Dispose() => Directory.Delete(_theme, recursive: true);

    [Fact]
    public void GeneratedTemplates_RenderTheSameBytesOrDiagnostic_CompiledAndOnScriban()
    {
        var compiledRuns = 0;
        for (var seed = 0; seed < Cases; seed++)
        {
            // Given a generated layout and partial
            var generator = new TemplateGenerator(seed);
            var home = generator.Template(8, layout: true);
            var partial = generator.Template(3, layout: false);
            if (!Parses(home) || !Parses(partial))
            {
                continue; // the generator's grammar is looser than Scriban's (a ternary's operands): nothing to compare
            }

            // When both engines render it
            var (expected, _) = Render(home, partial, compile: false);
            var (actual, renderedAgain) = Render(home, partial, compile: true);

            // Then the bytes (or the error's printed line) are the same
            Assert.True(expected == actual, $"seed {seed}:\n{home}\n-- p --\n{partial}\nScriban:  {expected}\ncompiled: {actual}");
            compiledRuns += renderedAgain ? 0 : 1;
        }

        // And most cases parsed and ran compiled to the end (the rest threw, and Scriban rendered them again)
        Assert.True(compiledRuns > Cases / 2, $"only {compiledRuns} of {Cases} generated templates ran compiled");
    }

    [Theory]
    [InlineData("{{ capture c }}<{{ page.s }}>{{ end }}{{ c }}", "ScriptCaptureStatement")]
    [InlineData("{{ case page.n }}{{ when 0 }}zero{{ else }}other{{ end }}", "ScriptCaseStatement")]
    [InlineData("{{ i = 0 }}{{ while i < 3 }}{{ i }}{{ i = i + 1 }}{{ end }}", "ScriptWhileStatement")]
    [InlineData("{{ for x in page.list }}{{ if for.first }}{{ continue }}{{ end }}{{ x }}{{ end }}", "ScriptContinueStatement")]
    [InlineData("{{ tablerow x in page.list }}{{ x }}{{ end }}", "ScriptTableRowStatement")]
    [InlineData("{{ for x in page.list }}{{ if for.index == 1 }}{{ break }}{{ end }}{{ x }}{{ end }}", "ScriptBreakStatement")]
    [InlineData("{{ func f }}[{{ $0 }}]{{ end }}{{ f page.s }}", "ScriptFunction")]
    [InlineData("{{ with page.obj }}{{ s }}{{ end }}", "ScriptWithStatement")]
    public void UnsupportedConstruct_LeavesItsTemplateToScriban_OutputUnchanged(string home, string construct)
    {
        // Given a layout with a construct the compiler does not take
        var (expected, _) = Render(home, "-", compile: false);
        Assert.DoesNotContain("error", expected, StringComparison.Ordinal);

        // When the theme loads compiled
        using var templates = Load(home, "-", compile: true);

        // Then that layout is on Scriban, with the construct named, the partial compiled, and the page the same
        Assert.Contains(construct, templates.Interpreted["layouts/home.html"], StringComparison.Ordinal);
        Assert.False(templates.Interpreted.ContainsKey("partials/p.html"));
        Assert.Equal(expected, templates.RenderPageText("home", Globals()) + "|" + templates.RenderPageText("home", Globals()));
        Assert.Equal(0, templates.RenderedAgain);
    }

    [Fact]
    public void MemberOfABuiltInObject_IsReadByScriban_WithoutRenderingThePageAgain()
    {
        // Given a compiled layout that reads a function of a built-in object as a member (date.now, called where read)
        using var templates = Load("{{ year = date.now.year }}{{ year > 2000 }}", "-", compile: true);
        Assert.Empty(templates.Interpreted);

        // When a page renders it, then Scriban's interpreter read it in place, and the compiled render went on to the end
        Assert.Equal("<true>\n", templates.RenderPageText("home", Globals()));
        Assert.Equal(0, templates.RenderedAgain);
    }

    [Fact]
    public void RuntimeErrorInACompiledTemplate_IsTodaysDiagnostic()
    {
        // Given a compiled partial that reads a member the view does not have
        using var templates = Load("ok\n{{ include 'p' }}", "a\n  {{ page.link.nope }}", compile: true);
        Assert.Empty(templates.Interpreted);

        // When a page renders it
        var ex = Assert.Throws<TemplateRenderException>(() => templates.RenderPageText("home", Globals()));

        // Then the error is Scriban's, at the partial's line and column, and the page was rendered again by Scriban
        Assert.Equal("themes/g/partials/p.html:2:16: error BRF022: Cannot get member with name nope.", ex.Diagnostic.ToString());
        Assert.Equal(1, templates.RenderedAgain);
    }

    [Theory]
    [InlineData("ok\n{{ include_cached 'p' page.link.nope }}", "themes/g/layouts/home.html:2:")]
    [InlineData("ok\n{{ include 'p' page.s page.link.nope }}", "themes/g/layouts/home.html:2:")]
    [InlineData("{{ include_cached 'nope' page.n }}", "themes/g/layouts/home.html:1:")]
    [InlineData("{{ include 'p' page.link.name }}", "themes/g/partials/p.html:1:")]
    public void BrokenArgumentOfACompiledCall_IsScribansDiagnostic(string home, string where)
    {
        // Given a compiled call of a partial whose argument (or partial) fails, and a partial that reads a missing member
        var (expected, _) = Render(home, "{{ $1.nope }}", compile: false);
        using var templates = Load(home, "{{ $1.nope }}", compile: true);
        Assert.Empty(templates.Interpreted);

        // When a page renders it
        var ex = Assert.Throws<TemplateRenderException>(() => templates.RenderPageText("home", Globals()));

        // Then the error is the line Scriban prints, at the same place, and Scriban rendered the page again
        Assert.Equal(expected, "error: " + ex.Diagnostic);
        Assert.StartsWith(where, ex.Diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Contains("error BRF022", expected, StringComparison.Ordinal);
        Assert.Equal(1, templates.RenderedAgain);
    }

    [Fact]
    public void CompiledCallsOfPartials_RunWithoutScriban_AndKeepEachOutputOnce()
    {
        // Given compiled calls with member, view and operator arguments, twice with the same keys
        const string Home = "{{ include_cached 'p' page.link page.n }}|{{ include_cached 'p' page.link page.n }}|{{ include 'p' page.s (page.n + 1) }}|{{ page.links.size }}";
        var (expected, _) = Render(Home, "[{{ $1 }}{{ $2 }}{{ $.size }}]", compile: false);

        // When a page renders them compiled, then the bytes are Scriban's and nothing was rendered again
        var (actual, renderedAgain) = Render(Home, "[{{ $1 }}{{ $2 }}{{ $.size }}]", compile: true);
        Assert.Equal(expected, actual);
        Assert.DoesNotContain("error", actual, StringComparison.Ordinal);
        Assert.Contains("03]|[", actual, StringComparison.Ordinal);
        Assert.False(renderedAgain);
    }

    [Theory]
    [InlineData("{{ for page in page.links }}{{ include 'p' }}{{ end }}", "[{{ page.name }}]")]
    [InlineData("{{ include 'p' }}", "{{ for page in page.links }}[{{ page.name }}]{{ end }}")]
    [InlineData("{{ capture site }}<{{ page.s }}>{{ end }}{{ include 'p' }}", "[{{ site }}]")]
    [InlineData("{{ include 'p' }}", "{{ with page.obj }}{{ s }}{{ end }}[{{ page.s }}]")]
    public void PageVariableBoundByATemplate_IsReadWhereItIsBound_AsScribanReadsIt(string home, string partial)
    {
        // Given a theme where a template binds a name the page also defines (a loop over it, a capture into it, a with)
        var (expected, _) = Render(home, partial, compile: false);

        // When its pages render compiled, then they are Scriban's bytes (or error), and none was rendered again
        var (actual, renderedAgain) = Render(home, partial, compile: true);
        Assert.Equal(expected, actual);
        Assert.False(renderedAgain && !expected.StartsWith("error", StringComparison.Ordinal), actual);
    }

    [Theory]
    [InlineData("{{ for x in page.empty }}[{{ x }}]{{ end }}", "", "")]
    [InlineData("{{ for x in page.nul }}[{{ x }}]{{ else }}none{{ end }}.", "", ".")]
    [InlineData("{{ for x in page.empty }}[{{ x }}]{{ else }}none {{ for.index }} {{ for.first }}{{ end }}", "", "none 0 true")]
    [InlineData("{{ for x in page.list limit: 0 }}{{ x }}{{ end }}", "", "a&lt;b&gt;c&amp;d")]
    [InlineData("{{ for x in page.long offset: 38 }}{{ x.name }}{{ end }}{{ for x in page.list reversed limit: 2 }}{{ x }}{{ end }}", "", "n38n39c&amp;d&lt;b&gt;")]
    [InlineData("{{ for x in page.list offset: 5 }}{{ x }}{{ else }}past the end{{ end }}", "", "past the end")]
    [InlineData("{{ for a in page.list }}{{ for b in page.links }}{{ a }}{{ for.index }}{{ b.name }}{{ end }}{{ for.last }}{{ end }}", "", null)]
    [InlineData("{{ for x in page.list }}{{ for x in page.links }}{{ x.name }}{{ end }}{{ x }}{{ end }}{{ x }}", "", null)]
    [InlineData("{{ v0 = 'global' }}{{ for v0 in page.list }}{{ v0 }}{{ v0 = 'set' }}{{ v0 }}{{ end }}{{ v0 }}", "", "aa&lt;b&gt;&lt;b&gt;c&amp;dc&amp;dset")]
    [InlineData("{{ for page in page.links }}{{ page.name }}{{ end }}", "", "A &amp; B")]
    [InlineData("{{ for x in page.dups }}{{ x.name }}{{ for.changed }} {{ end }}", "", "atrue afalse btrue bfalse ")]
    [InlineData("{{ for x in page.list }}{{ include 'p' }}{{ end }}", "{{ x }}{{ for.index }}{{ for.last }}/", "a0false/&lt;b&gt;1false/c&amp;d2true/")]
    [InlineData("{{ for x in page.list }}{{ x | string.upcase }}{{ for.rindex }}{{ end }}", "", "A2&lt;B&gt;1C&amp;D0")]
    [InlineData("{{ for x in page.list limit: 2 }}{{ for y in page.links }}{{ include 'p' }}{{ end }}{{ end }}", "{{ x }}{{ y.name }}.", "aA &amp; B.a.&lt;b&gt;A &amp; B.&lt;b&gt;.")]
    [InlineData("{{ for x in page.list }}{{ if for.index == 1 }}{{ break }}{{ end }}{{ x }}{{ end }}", "", "a")]
    [InlineData("{{ for x in page.n }}{{ x }}{{ end }}", "", null)]
    [InlineData("{{ for x in page.u }}{{ x }},{{ end }}", "", null)]
    public void Loops_RenderScribansBytes_Compiled(string home, string partial, string? expectedText)
    {
        // Given a layout with a loop: an empty list, null, limit: 0, offsets past the end, nested loops, a variable that
        // shadows a global or the page, for.changed over records equal by value, a partial that reads the caller's loop
        var (expected, _) = Render(home, partial, compile: false);

        // When it renders compiled
        var (actual, renderedAgain) = Render(home, partial, compile: true);

        // Then the bytes (or the diagnostic) are Scriban's, and only an error made Scriban render the page again
        Assert.Equal(expected, actual);
        if (expectedText is not null)
        {
            Assert.Equal($"<{expectedText}>\n|<{expectedText}>\n", actual);
        }

        Assert.Equal(expected.StartsWith("error", StringComparison.Ordinal), renderedAgain);
    }

    private static bool Parses(string template) => !Scriban.Template.Parse(template).HasErrors;

    private (string Output, bool RenderedAgain) Render(string home, string partial, bool compile)
    {
        using var templates = Load(home, partial, compile);
        string output;
        try
        {
            output = templates.RenderPageText("home", Globals()) + "|" + templates.RenderPageText("home", Globals());
        }
        catch (TemplateRenderException ex)
        {
            output = "error: " + ex.Diagnostic;
        }

        return (output, templates.RenderedAgain > 0);
    }

    private ThemeTemplates Load(string home, string partial, bool compile)
    {
        File.WriteAllText(Path.Combine(_theme, "layouts", "home.html"), home);
        File.WriteAllText(Path.Combine(_theme, "partials", "p.html"), partial);
        var diagnostics = new List<Diagnostic>();
        var templates = ThemeTemplates.Load(_theme, "themes/g", diagnostics, compile);
        Assert.True(templates is not null, string.Join("\n", diagnostics));
        return templates;
    }

    /// <summary>
    /// <c>page</c>: a script object with hostile values (null, "", 0, negatives, booleans, markup, SafeHtml, empty and long
    /// arrays, unicode) and view records, read through Scriban's accessors and the views' getters.
    /// </summary>
    private static Dictionary<string, object?> Globals()
    {
        var page = new ScriptObject
        {
            ["s"] = "<script>\"x\" & 'y'</script>",
            ["e"] = "",
            ["n"] = 0,
            ["neg"] = -3,
            ["big"] = 12,
            ["fraction"] = 2.5,
            ["t"] = true,
            ["f"] = false,
            ["nul"] = null,
            ["html"] = new SafeHtml("<i>ok</i> &amp;"),
            ["u"] = "José 漢字 🙂",
            ["list"] = new ScriptArray { "a", "<b>", "c&d" },
            ["empty"] = new ScriptArray(),
            ["long"] = Enumerable.Range(0, 40).Select(i => new LinkView($"n{i}", $"/u?{i}&x")).ToArray(),
            ["links"] = new[] { new LinkView("A & B", "/a?b=1&c=2"), new LinkView("", "") },
            ["dups"] = new[] { new LinkView("a", "/a"), new LinkView("a", "/a"), new LinkView("b", "/b"), new LinkView("b", "/b") },
            ["link"] = new LinkView("<L>", "\"u\""),
            ["obj"] = new ScriptObject { ["s"] = "in'ner", ["n"] = 7 },
        };
        return new Dictionary<string, object?>(StringComparer.Ordinal) { ["page"] = page };
    }
}
