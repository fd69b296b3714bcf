using System.Globalization;
using System.Text;
using Briefing.Content;
using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>
/// A large site's briefings are resolved in parts side by side (SiteAssembler.ResolveAll): the model and the diagnostics
/// must be those of one pass over the files, in their order.
/// </summary>
public sealed class ResolveInPartsTests
{
    [Fact]
    public void LargeSite_ResolvedInParts_ReportsUnknownSlugsInFileOrder_AndKeepsEveryBriefing()
    {
        // Given 2,400 briefings (more than one part's worth), three of them naming an unknown company, one an unknown person,
        // spread over the first, middle and last part
        var files = new StringBuilder("""
            -- content/companies/openai.yml --
            name: OpenAI
            -- content/companies/meta.yml --
            name: Meta
            -- content/people/ada.yml --
            name: Ada Lovelace

            """);
        int[] unknownCompany = [3, 1201, 2398];
        const int UnknownPerson = 1199;
        for (var i = 0; i < 2400; i++)
        {
            var company = Array.IndexOf(unknownCompany, i) >= 0 ? $"nowhere-{i:D4}" : "openai";
            var person = i == UnknownPerson ? "nobody" : "ada";
            files.Append(CultureInfo.InvariantCulture, $$"""
                -- content/briefings/2025/b{{i:D4}}.md --
                ---
                title: "Briefing {{i}}"
                date: 2025-01-01
                slug: b{{i:D4}}
                summary: "S"
                companies: [{{company}}, meta]
                people: [{{person}}]
                moves:
                  - person: ada
                    from: openai
                    to: meta
                    kind: hire
                    date: 2025-01-01
                sources: [{ name: Reuters }]
                ---
                Body {{i}}.

                """);
        }

        using var site = TestSite.Create(files.ToString());

        // When the site is loaded
        var result = SiteLoader.Load(site.Root, new LoadOptions());

        // Then the unknown slugs are reported in the files' order, each once, naming its file
        var unknown = result.Diagnostics.Where(d => d.Code.Id is "BRF009" or "BRF010").Select(d => d.Span.Path).ToArray();
        Assert.Equal(["b0003.md", "b1199.md", "b1201.md", "b2398.md"], unknown.Select(p => Path.GetFileName(p) ?? p).ToArray());
        Assert.Null(result.Model); // errors: no model

        // And without the errors, every briefing is in the model, newest first then by slug, with one move merged
        foreach (var i in unknownCompany.Append(UnknownPerson))
        {
            var path = $"content/briefings/2025/b{i:D4}.md";
            site.Write(path, File.ReadAllText(Path.Combine(site.Root, path)).Replace($"nowhere-{i:D4}", "openai", StringComparison.Ordinal)
                .Replace("[nobody]", "[ada]", StringComparison.Ordinal));
        }

        var model = SiteLoader.Load(site.Root, new LoadOptions()).Model!;
        Assert.Equal(2400, model.Articles.Count);
        Assert.Equal(Enumerable.Range(0, 2400).Select(i => $"b{i:D4}").Order(StringComparer.Ordinal), model.Articles.Select(a => a.Slug).Order(StringComparer.Ordinal));
        var move = Assert.Single(model.Moves);
        Assert.Equal(2400, move.Articles.Count);
    }
}
