using Briefing.Model;
using Briefing.Rendering;
using Scriban;
using Scriban.Runtime;

namespace Briefing.Tests.Rendering;

public sealed class ThemeTemplatesTests : IDisposable
{
    private readonly string _theme = Path.Combine(Path.GetTempPath(), "briefing-theme-" + Guid.NewGuid().ToString("N"));

    public ThemeTemplatesTests()
    {
        Directory.CreateDirectory(Path.Combine(_theme, "layouts"));
        Directory.CreateDirectory(Path.Combine(_theme, "partials"));
        foreach (var name in ThemeTemplates.RequiredLayouts)
        {
            File.WriteAllText(Path.Combine(_theme, "layouts", name + ".html"), name == "_base" ? "<{{ content_html }}>" : "-");
        }
    }

    public void Dispose() => Directory.Delete(_theme, recursive: true);

    private ThemeTemplates Load(string home, params (string Name, string Text)[] partials)
    {
        File.WriteAllText(Path.Combine(_theme, "layouts", "home.html"), home);
        foreach (var (name, text) in partials)
        {
            File.WriteAllText(Path.Combine(_theme, "partials", name + ".html"), text);
        }

        var diagnostics = new List<Diagnostic>();
        var templates = ThemeTemplates.Load(_theme, "themes/t", diagnostics);
        Assert.Empty(diagnostics);
        return templates!;
    }

    private static Dictionary<string, object?> Globals(object? page = null) => new(StringComparer.Ordinal) { ["page"] = page };

    [Fact]
    public void IncludeCached_RendersAPartialOncePerKey_AndReusesIt()
    {
        using var templates = Load(
            "{{ x = 1 }}{{ include_cached 'p' 'k' }}{{ x = 2 }}{{ include_cached 'p' 'k' }}{{ include_cached 'p' 'other' }}",
            ("p", "[{{ x }}]"));

        var html = templates.RenderPageText("home", Globals());

        // The second call with key 'k' reuses the first rendering (x was 1); a new key renders again (x is 2).
        Assert.Equal("<[1][1][2]>", html);
    }

    [Fact]
    public void BuiltInFunctions_MadeOnTheFirstRender_AreThereForEveryThreadRenderingAtOnce()
    {
        // Scriban's built-ins are made when the first page renders, not when the theme loads (start-up): threads that
        // start rendering together all wait for the same ones.
        using var templates = Load("{{ page | string.upcase }}{{ [3, 1, 2] | array.sort | array.join ',' }}{{ 7 | math.minus 2 }}");

        var pages = new string[8];
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = pages.Length },
            i => pages[i] = templates.RenderPageText("home", Globals($"p{i}")));

        Assert.Equal(Enumerable.Range(0, pages.Length).Select(i => $"<P{i}1,2,35>"), pages);
    }

    [Fact]
    public void IncludeCached_KeptAsUtf8_WritesTheSameTextAsInclude_InLayoutBaseCaptureAndIndentedLine()
    {
        // Given a partial with non-ASCII text, a character outside the BMP and line ends, reused from include_cached's
        // UTF-8 in a layout, in _base, in a capture (Scriban's own output), on an indented line and as a string value
        const string Uses = "{{ INC 'k' }}|{{ capture c }}{{ INC 'k' }}{{ end }}{{ c }}|\n  {{ INC 'k' }}\n{{ INC 'k' | string.size }}";
        var partial = ("p", "Zoë 🚀 <b>&amp;</b>\nend\n");
        File.WriteAllText(Path.Combine(_theme, "layouts", "_base.html"), "<{{ content_html }}{{ INC 'b' }}>".Replace("INC", "include_cached 'p'", StringComparison.Ordinal));
        using var cached = Load(Uses.Replace("INC", "include_cached 'p'", StringComparison.Ordinal), partial);
        cached.RenderPageText("home", Globals()); // the first render keeps the outputs; the second reuses them
        var reused = cached.RenderPageText("home", Globals());

        // When the same page is rendered with include, which keeps nothing
        File.WriteAllText(Path.Combine(_theme, "layouts", "_base.html"), "<{{ content_html }}{{ include 'p' }}>");
        using var plain = Load(Uses.Replace("INC 'k'", "include 'p'", StringComparison.Ordinal), partial);
        var expected = plain.RenderPageText("home", Globals());

        // Then the text is the same, character for character
        Assert.StartsWith("<Zoë 🚀 <b>&amp;</b>\nend\n|", expected, StringComparison.Ordinal);
        Assert.Equal(expected, reused);
    }

    [Fact]
    public void ForgetCachedIncludes_DropsWhatIncludeCachedKept_SoTheNextPageRendersItAgain()
    {
        // Given a page whose include_cached output was kept (x was 1)
        using var templates = Load("{{ include_cached 'p' 'k' }}", ("p", "[{{ page }}]"));
        Assert.Equal("<[1]>", templates.RenderPageText("home", Globals(1)));

        // When the build forgets what it kept, and renders the page again with other values
        templates.ForgetCachedIncludes();
        var html = templates.RenderPageText("home", Globals(2));

        // Then the partial was rendered anew
        Assert.Equal("<[2]>", html);
    }

    [Fact]
    public void HtmlEscape_EscapesMarkupAndQuotes_AndKeepsNonAsciiAsUtf8()
    {
        using var templates = Load("{{ page | html.escape }}");

        var html = templates.RenderPageText("home", Globals("Q&A <b>\"x\" 'y' José"));

        Assert.Equal("<Q&amp;A &lt;b&gt;&quot;x&quot; &#39;y&#39; José>", html);
    }

    [Fact]
    public void UndefinedVariable_IsATemplateErrorAtItsLineAndColumn()
    {
        using var templates = Load("ok\n  {{ nope }}");

        var ex = Assert.Throws<TemplateRenderException>(() => templates.RenderPageText("home", Globals()));

        Assert.Equal("themes/t/layouts/home.html:2:6: error BRF022: The variable or function `nope` was not found", ex.Diagnostic.ToString());
    }

    [Fact]
    public void TemplateSavedWithWindowsLineEnds_RendersWithUnixOnes_LoneCarriageReturnsKept()
    {
        using var templates = Load("a\r\n{{ page }}\r\nb\r\r\n");

        var html = templates.RenderPageText("home", Globals("x\ry"));

        Assert.Equal("<a\nx\ry\nb\r\n>", html);
    }

    [Fact]
    public void ContentHtml_UsedAsAValue_IsTheLayoutsHtml()
    {
        File.WriteAllText(Path.Combine(_theme, "layouts", "_base.html"), "{{ content_html | string.size }}:{{ if content_html }}{{ content_html }}{{ end }}");
        using var templates = Load("héllo");

        Assert.Equal("5:héllo", templates.RenderPageText("home", Globals()));
    }

    [Fact]
    public void PagesLargerThanTheBuffers_RenderWhole_AndTheNextPageStartsEmpty()
    {
        // Given a page of ~1.5 million characters, most of them three UTF-8 bytes, then a small one on the same thread
        using var templates = Load("{{ page }}");
        var big = string.Concat(Enumerable.Repeat("€uro ", 300_000));

        var first = templates.RenderPageText("home", Globals(big));
        var second = templates.RenderPageText("home", Globals("small"));

        Assert.Equal("<" + big + ">", first);
        Assert.Equal("<small>", second);
    }

    [Fact]
    public void Include_WrittenWhereItStands_OrUsedAsAValue_GivesTheSameEscapedHtml()
    {
        // The first include is written in place (no string); the assigned one is a value, written later as HTML.
        using var templates = Load("{{ include 'p' }}|{{ v = include 'p' }}{{ v }}|{{ if true }}{{ include 'p' }}{{ end }}", ("p", "<b>{{ page }}</b>\n"));

        Assert.Equal("<<b>a&amp;b</b>\n|<b>a&amp;b</b>\n|<b>a&amp;b</b>\n>", templates.RenderPageText("home", Globals("a&b")));
    }

    [Fact]
    public void Include_OnAnIndentedLine_IndentsEveryLineOfThePartial()
    {
        using var templates = Load("<ul>\n  {{ include 'li' }}\n</ul>", ("li", "<li>a</li>\n<li>b</li>"));

        Assert.Equal("<<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>>", templates.RenderPageText("home", Globals()));
    }

    [Fact]
    public void PagesOfOneThread_ShareNoVariable_AndAFailedRenderLeavesNothingBehind()
    {
        // Given a layout that sets a variable on one page only, and a partial that fails inside a loop on another
        using var templates = Load(
            "{{ if page == 'set' }}{{ leaked = 'x' }}{{ end }}{{ if page == 'read' }}{{ leaked }}{{ end }}{{ for i in [1, 2] }}{{ include 'p' }}{{ end }}",
            ("p", "{{ if page == 'fail' }}{{ nope }}{{ end }}[{{ i }}]"));

        // When pages render one after the other on the same thread
        var set = templates.RenderPageText("home", Globals("set"));
        var read = Assert.Throws<TemplateRenderException>(() => templates.RenderPageText("home", Globals("read")));
        Assert.Throws<TemplateRenderException>(() => templates.RenderPageText("home", Globals("fail")));
        var after = templates.RenderPageText("home", Globals("ok"));

        // Then the variable of the first page is not there on the next, and the page after a failure renders whole
        Assert.Equal("<[1][2]>", set);
        Assert.Contains("`leaked` was not found", read.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("<[1][2]>", after);
    }

    [Theory]
    [InlineData("a\n{{ include 'empty' }}\n  {{ page }}\nb")]
    [InlineData("a\n  {{ include 'lines' }}\nb")]
    [InlineData("a\n{{~ include 'lines' ~}}\n  {{ page }}")]
    [InlineData("a\n{{~ include 'empty' ~}}\n    {{ page }}")]
    [InlineData("{{ include 'empty' }}  {{ page }}")]
    [InlineData("a\n{{~ include 'empty' ~}}\n    {{ include 'nested' }}\n{{ page }}")]
    [InlineData("x{{ for i in [1, 2] }}\n  {{ include 'lines' }}{{ include 'empty' }}{{ end }}\n  {{ page }}")]
    [InlineData("a\n{{ include 'nested' }}{{ include 'empty' }}\n   {{ page }}\n")]
    public void Include_WritesWhatScribansOwnIncludeWrites_IndentsAndLineStartsIncluded(string home)
    {
        // Partials written in place must leave the same bytes and line state as Scriban's include, which renders a string
        (string, string)[] partials = [("empty", ""), ("lines", "x\ny\n"), ("nested", "  {{ page }}\n{{~ if true ~}}\nz\n  {{ include 'lines' }}{{ end }}")];
        using var templates = Load(home, partials);
        var stock = new TemplateContext { TemplateLoader = new Partials(partials.ToDictionary(p => p.Item1, p => p.Item2)), NewLine = "\n", StrictVariables = true };
        var globals = new ScriptObject();
        globals.SetValue("page", "P", readOnly: true);
        stock.PushGlobal(globals);

        Assert.Equal("<" + Template.Parse(home).Render(stock) + ">", templates.RenderPageText("home", Globals("P")));
    }

    /// <summary>Partials by name, for Scriban's own include.</summary>
    private sealed class Partials(Dictionary<string, string> texts) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) => texts[templatePath];

        public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(texts[templatePath]);
    }
}
