using Briefing.Rendering.Views;

namespace Briefing.Tests.Support;

/// <summary>The real theme's layouts with the <c>page</c> view of each, as <c>PagePlanner</c> builds it, from <see cref="FakeViews"/>.</summary>
public static class ThemeLayouts
{
    /// <summary>The <c>page</c> view of each layout but <c>_base</c> (which is around every page).</summary>
    public static readonly IReadOnlyDictionary<string, Func<FakeViews, object>> Pages = new Dictionary<string, Func<FakeViews, object>>(StringComparer.Ordinal)
    {
        ["home"] = v => v.Build<ListPageView>(),
        ["article"] = v => v.Build<ArticlePageView>(),
        ["company"] = v => v.Build<CompanyPageView>(),
        ["person"] = v => v.Build<PersonPageView>(),
        ["tag"] = v => v.Build<TagPageView>(),
        ["index"] = v => v.Build<IndexPageView>(),
        ["404"] = v => v.Build<NotFoundPageView>(),
        ["moves"] = v => v.Build<MovesPageView>(),
        ["feeds"] = v => v.Build<FeedsPageView>(),
        ["search"] = v => v.Build<SearchPageView>(),
        ["author"] = v => v.Build<AuthorPageView>(),
        ["archive"] = v => v.Build<ArchivePageView>(),
        ["corrections"] = v => v.Build<CorrectionsPageView>(),
        ["page"] = v => v.Build<StandalonePageView>(),
        ["digest"] = v => v.Build<DigestPageView>(),
        ["edition"] = v => v.Build<EditionView>(),
        ["email"] = v => v.Build<EditionView>(),
        ["subscribe"] = v => v.Build<SubscribePageView>(),
    };

    /// <summary>Each layout, with every optional field filled (true) and with none (false).</summary>
    public static TheoryData<string, bool> WithAndWithoutOptionalFields()
    {
        var data = new TheoryData<string, bool>();
        foreach (var layout in Pages.Keys)
        {
            data.Add(layout, true);
            data.Add(layout, false);
        }

        return data;
    }

    /// <summary>A page's globals: <c>site</c>, <c>meta</c> and the layout's <c>page</c>.</summary>
    public static Dictionary<string, object?> Globals(string layout, FakeViews views) => new(StringComparer.Ordinal)
    {
        ["site"] = views.Build<SiteView>(),
        ["meta"] = views.Build<MetaView>(),
        ["page"] = Pages[layout](views),
    };
}
