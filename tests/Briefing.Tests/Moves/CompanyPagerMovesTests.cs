using Briefing.Content;
using Briefing.Output;
using Briefing.Rendering;
using Briefing.Rendering.Views;
using Briefing.Tests.Support;

namespace Briefing.Tests.Moves;

/// <summary>
/// A company's moves are split by direction once for all its pages (not once per page: a company in 10,000
/// briefings has 1,000 pages and thousands of moves). Every page carries the same totals; only the first lists them.
/// </summary>
public sealed class CompanyPagerMovesTests
{
    private const string Files = """
        -- content/site.yml --
        title: Test Briefing
        base_url: https://example.org/
        description: A test site.
        language: en
        per_page: 1
        -- content/companies/acme.yml --
        name: Acme
        -- content/companies/acme-labs.yml --
        name: Acme Labs
        parent: acme
        -- content/companies/rival.yml --
        name: Rival
        -- content/people/ada.yml --
        name: Ada
        -- content/people/bob.yml --
        name: Bob
        -- content/people/cy.yml --
        name: Cy
        -- content/briefings/2025/ada-joins.md --
        ---
        title: "Ada joins Acme"
        date: 2025-06-03
        summary: "S"
        companies: [acme, rival]
        people: [ada]
        moves:
          - person: ada
            from: rival
            to: acme
            kind: hire
            date: 2025-06-01
        ---
        Body.
        -- content/briefings/2025/bob-leaves.md --
        ---
        title: "Bob leaves Acme Labs"
        date: 2025-06-02
        summary: "S"
        companies: [acme-labs, rival]
        people: [bob]
        moves:
          - person: bob
            from: acme-labs
            to: rival
            kind: departure
            date: 2025-05-30
        ---
        Body.
        -- content/briefings/2025/cy-moves-over.md --
        ---
        title: "Cy moves to Acme Labs"
        date: 2025-06-01
        summary: "S"
        companies: [acme, acme-labs]
        people: [cy]
        moves:
          - person: cy
            from: acme
            to: acme-labs
            kind: hire
            date: 2025-05-29
        ---
        Body.
        """;

    [Fact]
    public void EveryPageOfACompany_CarriesTheSameMoveTotals_OnlyTheFirstListsThem()
    {
        // Given Acme (parent of Acme Labs) in three briefings, one per page: a hire in, a departure out, an internal move
        using var site = TestSite.Create(Files);
        var load = SiteLoader.Load(site.Root, new LoadOptions());
        Assert.DoesNotContain(load.Diagnostics, d => d.IsError);
        var model = load.Model!;
        var views = new ViewFactory(model, new SiteUrls(model.Config), new LazyBodies(model, new MarkdownRenderer("/")), "/assets/style.css");

        // When each of Acme's pages is built
        var pages = PagePlanner.Plan(model)
            .Where(j => j.Route.StartsWith("/companies/acme/", StringComparison.Ordinal))
            .Select(j => (CompanyPageView)j.Build(views).Page)
            .OrderBy(p => p.Pager.Page)
            .ToArray();

        // Then all three pages count one move in, one out and one internal, and only page 1 lists them and the flow
        Assert.Equal([1, 2, 3], pages.Select(p => p.Pager.Page));
        Assert.All(pages, p => Assert.Equal((1, 1, 1), (p.MovesInTotal, p.MovesOutTotal, p.MovesInternalTotal)));
        Assert.Equal(["Ada"], pages[0].MovesIn.Select(m => m.Person!.Name));
        Assert.Equal(["Bob"], pages[0].MovesOut.Select(m => m.Person!.Name));
        Assert.Equal(["Cy"], pages[0].MovesInternal.Select(m => m.Person!.Name));
        Assert.NotNull(pages[0].Flow);
        Assert.All(pages[1..], p => Assert.True(p.MovesIn.Count + p.MovesOut.Count + p.MovesInternal.Count == 0 && p.Flow is null));
    }

    [Fact]
    public void AMovesRow_IsProjectedOnce_AndSharedByItsBriefingCompanyAndMovesPages()
    {
        // Given Ada's hire into Acme, reported by one briefing
        using var site = TestSite.Create(Files);
        var model = SiteLoader.Load(site.Root, new LoadOptions()).Model!;
        var views = new ViewFactory(model, new SiteUrls(model.Config), new LazyBodies(model, new MarkdownRenderer("/")), "/assets/style.css");
        var jobs = PagePlanner.Plan(model);
        T Page<T>(string route) => (T)jobs.Single(j => j.Route == route).Build(views).Page;

        // When her briefing's page, Acme's first page and the moves page are built (and the briefing's page again from
        // the factory the build's content keys use)
        var article = Page<ArticlePageView>("/briefings/2025/ada-joins/");
        var company = Page<CompanyPageView>("/companies/acme/");
        var moves = Page<MovesPageView>("/moves/");
        var keyed = (ArticlePageView)jobs.Single(j => j.Route == "/briefings/2025/ada-joins/").Build(views.WithBodies(model.Articles.Select(_ => string.Empty).ToArray())).Page;

        // Then all four show the very same row, made once
        var row = Assert.Single(article.Moves);
        Assert.Equal("Ada", row.Person!.Name);
        Assert.Same(row, Assert.Single(company.MovesIn));
        Assert.Same(row, moves.Moves.Single(m => m.Person?.Name == "Ada"));
        Assert.Same(row, Assert.Single(keyed.Moves));
    }
}
