using Briefing.Model;
using Briefing.Rendering;
using Briefing.Rendering.Views;

namespace Briefing.Tests.Rendering;

/// <summary>
/// <c>include_cached</c> keyed by a view record (a move's row) or an array of them (breadcrumbs): the key is that very
/// instance, which never changes, so its output is reused for it and for nothing else, however alike.
/// </summary>
public sealed class IncludeCachedViewKeyTests : IDisposable
{
    private readonly string _theme = Path.Combine(Path.GetTempPath(), "briefing-theme-" + Guid.NewGuid().ToString("N"));

    public IncludeCachedViewKeyTests()
    {
        Directory.CreateDirectory(Path.Combine(_theme, "layouts"));
        Directory.CreateDirectory(Path.Combine(_theme, "partials"));
        foreach (var name in ThemeTemplates.RequiredLayouts)
        {
            File.WriteAllText(Path.Combine(_theme, "layouts", name + ".html"), name == "_base" ? "<{{ content_html }}>" : "-");
        }

        // x changes between calls: a partial rendered again shows the new x, a reused one the old
        File.WriteAllText(Path.Combine(_theme, "layouts", "home.html"),
            "{{ x = 1 }}{{ include_cached 'p' page[0] }}{{ x = 2 }}{{ include_cached 'p' page[0] }}{{ include_cached 'p' page[1] }}"
            + "{{ x = 3 }}{{ include_cached 'p' page[1] }}{{ include_cached 'p' page[2] }}{{ x = 4 }}{{ include_cached 'p' page[2] }}{{ include_cached 'p' page[3] }}");
        File.WriteAllText(Path.Combine(_theme, "partials", "p.html"), "[{{ x }}]");
    }

    public void Dispose() => Directory.Delete(_theme, recursive: true);

    [Fact]
    public void AViewRecordKey_ReusesTheOutputForTheSameInstance_AndRendersAgainForAnEqualCopy()
    {
        // Given a link, an equal copy of it, a list of links and an equal copy of that list
        var link = new LinkView("Amazon", "/companies/amazon/");
        LinkView[] crumbs = [link];
        object[] keys = [link, link with { }, crumbs, crumbs.ToArray()];
        var diagnostics = new List<Diagnostic>();
        using var templates = ThemeTemplates.Load(_theme, "themes/t", diagnostics)!;

        // When the page includes the partial keyed by each, twice
        var html = templates.RenderPageText("home", new Dictionary<string, object?>(StringComparer.Ordinal) { ["page"] = keys });

        // Then each instance is rendered once and reused (x of its first call), and no copy reuses another's output
        Assert.Empty(diagnostics);
        Assert.Equal("<[1][1][2][2][3][3][4]>", html);
    }
}
