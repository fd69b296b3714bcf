using Briefing.Content;
using Briefing.Rendering;
using Briefing.Tests.Support;

namespace Briefing.Tests.Moves;

/// <summary>The <c>autolink</c> front-matter key: on by default, <c>autolink: false</c> turns entity linking off for one briefing.</summary>
public sealed class AutolinkOptOutTests
{
    [Fact]
    public void AutolinkFalse_IsReadFromFrontMatter_AndDefaultsToTrue()
    {
        // Given two briefings, one opting out
        using var site = TestSite.Create("""
            -- content/companies/openai.yml --
            name: OpenAI
            -- content/briefings/2025/plain.md --
            ---
            title: "Plain"
            date: 2025-06-26
            summary: "S"
            companies: [openai]
            autolink: false
            ---
            OpenAI said.
            -- content/briefings/2025/linked.md --
            ---
            title: "Linked"
            date: 2025-06-25
            summary: "S"
            companies: [openai]
            ---
            OpenAI said.
            """);

        // When the site is loaded
        var load = SiteLoader.Load(site.Root, new LoadOptions());

        // Then the flag is read without diagnostics, and bodies link only where it is on
        Assert.DoesNotContain(load.Diagnostics, d => d.IsError);
        var articles = load.Model!.Articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        Assert.False(articles["plain"].Autolink);
        Assert.True(articles["linked"].Autolink);
        var linker = EntityLinker.For(load.Model);
        var renderer = new MarkdownRenderer("/");
        Assert.Contains("<a href=\"/companies/openai/\">OpenAI</a>", renderer.ToHtml(articles["linked"].Body.Text, articles["linked"].Autolink ? linker : null), StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", renderer.ToHtml(articles["plain"].Body.Text, articles["plain"].Autolink ? linker : null), StringComparison.Ordinal);
    }
}
