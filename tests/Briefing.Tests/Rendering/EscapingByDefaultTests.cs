using Briefing.Model;
using Briefing.Rendering;
using Briefing.Rendering.Views;

namespace Briefing.Tests.Rendering;

/// <summary>A theme that forgets <c>html.escape</c> is still safe: values are text unless their type says HTML.</summary>
public sealed class EscapingByDefaultTests : IDisposable
{
    private const string Hostile = "<script>x</script>\"'><img src=x onerror=alert(1)>&amp;";
    private const string Escaped = "&lt;script&gt;x&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;";

    private readonly string _theme = Path.Combine(Path.GetTempPath(), "briefing-escaping-" + Guid.NewGuid().ToString("N"));

    public EscapingByDefaultTests()
    {
        Directory.CreateDirectory(Path.Combine(_theme, "layouts"));
        Directory.CreateDirectory(Path.Combine(_theme, "partials"));
        foreach (var name in ThemeTemplates.RequiredLayouts)
        {
            File.WriteAllText(Path.Combine(_theme, "layouts", name + ".html"), name == "_base" ? "<{{ content_html }}>" : "-");
        }
    }

    public void Dispose() => Directory.Delete(_theme, recursive: true);

    [Fact]
    public void ValueWithoutFilter_IsWrittenEscaped()
    {
        // Given a layout that outputs a view field with no filter
        using var templates = Load("<h1 title=\"{{ page.name }}\">{{ page.name }}</h1>");

        // When a hostile value is rendered
        var html = templates.RenderPageText("home", Globals(new LinkView(Hostile, "/x/")));

        // Then it is text, in the element and in the attribute
        Assert.Equal($"<<h1 title=\"{Escaped}\">{Escaped}</h1>>", html);
    }

    [Fact]
    public void HtmlEscapeFilter_EscapesOnce()
    {
        // Given a theme that still calls html.escape, also before another filter's output is written
        using var templates = Load("{{ page | html.escape }}|{{ page }}|{{ [page, page] | array.join ' ' | html.escape }}");

        // When a hostile value is rendered
        var html = templates.RenderPageText("home", Globals(Hostile));

        // Then the filtered and the unfiltered value are the same bytes: escaped once
        Assert.Equal($"<{Escaped}|{Escaped}|{Escaped} {Escaped}>", html);
    }

    [Fact]
    public void SafeHtml_IsWrittenAsItIs_AndStillAValueForFilters()
    {
        // Given a view field that is HTML by type
        using var templates = Load("{{ page }}|{{ page | string.size }}|{{ if page }}yes{{ end }}");

        // When it is rendered
        var html = templates.RenderPageText("home", Globals(new SafeHtml("<p>A &amp; B</p>")));

        // Then the markup is written raw, and filters see its text
        Assert.Equal("<<p>A &amp; B</p>|16|yes>", html);
    }

    [Fact]
    public void IncludedPartials_AreNotEscapedAgain()
    {
        // Given a partial that outputs a hostile value, included plainly and through include_cached
        using var templates = Load("{{ include 'p' }}|{{ include_cached 'p' 'key' }}", ("p", "<i>{{ page }}</i>"));

        // When the page is rendered
        var html = templates.RenderPageText("home", Globals(Hostile));

        // Then the partial's markup is kept and its value escaped once
        Assert.Equal($"<<i>{Escaped}</i>|<i>{Escaped}</i>>", html);
    }

    [Fact]
    public void CapturedOutput_IsNotEscapedAgain()
    {
        // Given a capture block of markup with a value inside
        using var templates = Load("{{ capture box }}<b>{{ page }}</b>{{ end }}{{ box }}");

        // When the page is rendered
        var html = templates.RenderPageText("home", Globals(Hostile));

        // Then the captured markup is written as template output, its value escaped once
        Assert.Equal($"<<b>{Escaped}</b>>", html);
    }

    [Fact]
    public void ConcatenatedText_IsEscapedAtOutput()
    {
        // Given a caption built in the template from literal text and a value
        using var templates = Load("{{ caption = \"People who joined \" + page }}{{ caption }}");

        // When the value is hostile
        var html = templates.RenderPageText("home", Globals(Hostile));

        // Then the whole caption is text
        Assert.Equal($"<People who joined {Escaped}>", html);
    }

    [Fact]
    public void NumbersBooleansAndNull_AreWrittenAsBefore()
    {
        // Given numbers, a boolean and a missing value
        using var templates = Load("{{ 1 + 2 }} {{ 2.5 }} {{ true }} [{{ page }}]");

        // When rendered
        var html = templates.RenderPageText("home", Globals(null));

        // Then they read as Scriban always wrote them
        Assert.Equal("<3 2.5 true []>", html);
    }

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

    private static Dictionary<string, object?> Globals(object? page) => new(StringComparer.Ordinal) { ["page"] = page };
}
