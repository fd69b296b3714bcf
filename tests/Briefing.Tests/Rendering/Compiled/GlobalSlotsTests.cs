using Briefing.Rendering.Compiled;
using Briefing.Tests.Support;
using Scriban;

namespace Briefing.Tests.Rendering.Compiled;

public sealed class GlobalSlotsTests
{
    [Fact]
    public void TheThemesTemplates_BindNoPageVariableNorInclude_SoCompiledReadsSkipTheLookUp()
    {
        // Given every layout and partial of the real theme
        var templates = Directory.GetFiles(RepoPaths.Theme, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains("assets", StringComparison.Ordinal))
            .Select(f => Template.Parse(File.ReadAllText(f), f));

        // When the theme's free names are worked out, then the page's variables and the include functions are free
        var slots = GlobalSlots.Of(templates);
        Assert.All(new[] { "site", "meta", "page", "include", "include_cached", "array" }, name => Assert.True(slots.IsFree(name), name));
        Assert.Equal(2, slots.PageSlot("page"));
        Assert.Equal(-1, slots.PageSlot("cards"));

        // And loops' variables are read from the loops, and no template can read for.changed (no item compared with the last)
        Assert.True(slots.Lexical);
        Assert.False(slots.ForChangedRead);
    }

    [Theory]
    [InlineData("{{ for x in y }}{{ for.index }}{{ for.first }}{{ for.last }}{{ end }}", false)]
    [InlineData("{{ for x in y }}{{ for.changed }}{{ end }}", true)]
    [InlineData("{{ include 'p' for }}", true)]
    [InlineData("{{ z = for }}", true)]
    [InlineData("{{ z = for['changed'] }}", true)]
    [InlineData("{{ z = for?.changed }}", true)]
    public void ForChanged_IsReadWhereATemplateNamesIt_OrLetsTheForObjectGo(string text, bool read)
    {
        // Given a template that reads for.* members, or names the for object itself, when the theme's slots are worked out
        Assert.False(Template.Parse(text).HasErrors);
        var slots = GlobalSlots.Of([Template.Parse(text), Template.Parse("{{ page.x }}")]);

        // Then a compiled loop compares each item with the last only when for.changed may be read
        Assert.Equal(read, slots.ForChangedRead);
        Assert.True(slots.Lexical);
    }

    [Fact]
    public void AThemeWithAConstructThatBindsAnyName_ReadsLoopVariablesThroughScriban()
    {
        // Given a theme with a function (it may bring any name into scope), then loop variables are looked up, as for.changed may be
        var slots = GlobalSlots.Of([Template.Parse("{{ func f }}{{ end }}"), Template.Parse("{{ for x in y }}{{ x }}{{ end }}")]);
        Assert.False(slots.Lexical);
        Assert.True(slots.ForChangedRead);
    }

    [Theory]
    [InlineData("{{ for page in x }}{{ end }}", "page")]
    [InlineData("{{ site = 1 }}", "site")]
    [InlineData("{{ capture meta }}x{{ end }}", "meta")]
    [InlineData("{{ for include_cached in x }}{{ end }}", "include_cached")]
    [InlineData("{{ include = 2 }}", "include")]
    [InlineData("{{ with x }}{{ end }}", "page")]
    [InlineData("{{ func f }}{{ end }}", "site")]
    public void ANameATemplateBinds_IsNotFree(string text, string name)
    {
        // Given a template that binds a name (or may bind any), when the free names are worked out
        var slots = GlobalSlots.Of([Template.Parse(text), Template.Parse("{{ page.x }}")]);

        // Then that name is read through Scriban's look-up
        Assert.False(slots.IsFree(name));
        Assert.Equal(-1, slots.PageSlot(name));
    }
}
