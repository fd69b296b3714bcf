using Briefing.Content;
using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>
/// The model keeps one string for each value the briefings repeat: each file's front matter gives every slug, role and
/// source name a copy of its own, which the model then held for the whole build (~23 MB at 10,000 briefings).
/// </summary>
public sealed class SharedStringsTests
{
    [Fact]
    public void TwoBriefings_NamingTheSameCompanyPersonRoleAndSource_ShareOneStringForEach()
    {
        // Given two briefings, each file naming the same company, person, role, tag and source
        const string Briefing = """
            ---
            title: "T{0}"
            date: 2025-06-2{0}
            summary: "S"
            companies: [openai, meta]
            people: [ada]
            tags: [hiring]
            moves:
              - person: ada
                from: openai
                to: meta
                role: Chief Scientist
                kind: hire
                date: 2025-06-2{0}
            sources: [{{name: Reuters}}]
            ---
            Body.
            """;
        using var site = TestSite.Create($"""
            -- content/companies/openai.yml --
            name: OpenAI
            -- content/companies/meta.yml --
            name: Meta
            -- content/people/ada.yml --
            name: Ada Lovelace
            -- content/briefings/2025/one.md --
            {string.Format(System.Globalization.CultureInfo.InvariantCulture, Briefing, 1)}
            -- content/briefings/2025/two.md --
            {string.Format(System.Globalization.CultureInfo.InvariantCulture, Briefing, 2)}
            """);

        // When the site is loaded
        var model = SiteLoader.Load(site.Root, new LoadOptions()).Model!;

        // Then both briefings hold the very same string instances
        var (a, b) = (model.Articles[0], model.Articles[1]);
        Assert.Equal("openai", a.Companies[0]);
        Assert.Same(a.Companies[0], b.Companies[0]);
        Assert.Same(a.People[0], b.People[0]);
        Assert.Same(a.Tags[0], b.Tags[0]);
        Assert.Same(a.Moves[0].Role, b.Moves[0].Role);
        Assert.Same(a.Moves[0].From, b.Moves[0].From);
        Assert.Same(a.Moves[0].Person, a.People[0]);
        Assert.Same(a.Sources[0].Name, b.Sources[0].Name);
    }
}
