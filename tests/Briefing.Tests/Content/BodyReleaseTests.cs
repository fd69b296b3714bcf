using Briefing.Content;
using Briefing.Rendering;
using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>
/// A briefing's Markdown leaves memory once its HTML is rendered (a full build needs it no more; at 50,000 briefings
/// it is ~350 MB), and is read again from its file if something asks for it.
/// </summary>
public sealed class BodyReleaseTests
{
    [Fact]
    public void RenderingABody_ReleasesItsMarkdown_WhichIsReadAgainFromTheFileWhenAskedFor()
    {
        // Given a briefing parsed this build (no cache)
        using var site = TestSite.Create("""
            -- content/companies/openai.yml --
            name: OpenAI
            -- content/briefings/2025/first.md --
            ---
            title: "First"
            date: 2025-06-26
            summary: "S"
            companies: [openai]
            ---
            OpenAI hired *someone* — déjà vu.
            """);
        var model = SiteLoader.Load(site.Root, new LoadOptions()).Model!;
        var article = model.Articles.Single();
        var markdown = article.Body.Text;
        var hash = article.Body.Hash;
        Assert.True(article.Body.IsLoaded);

        // When its HTML is rendered
        var html = new LazyBodies(model, new MarkdownRenderer(model.Config.BasePath))[0];

        // Then the Markdown is out of memory, and asking for it reads the same text, with the same hash, from the file
        Assert.Contains("<em>someone</em>", html, StringComparison.Ordinal);
        Assert.False(article.Body.IsLoaded);
        Assert.Equal(markdown, article.Body.Text);
        Assert.Equal(hash, Briefing.Model.BodyText.HashOf(article.Body.Text));
        Assert.True(article.Body.IsLoaded);
    }

    [Fact]
    public void ABodyWithoutAFile_KeepsItsText()
    {
        var body = new Briefing.Model.BodyText("Just text.");

        body.Release();

        Assert.True(body.IsLoaded);
        Assert.Equal("Just text.", body.Text);
    }
}
