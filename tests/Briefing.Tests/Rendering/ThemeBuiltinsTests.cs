using Briefing.Rendering;
using Scriban;
using Scriban.Runtime;

namespace Briefing.Tests.Rendering;

public sealed class ThemeBuiltinsTests
{
    [Fact]
    public void EveryBuiltInOfScriban_IsThereUnderItsName_WithTheSameFunctions()
    {
        var scriban = TemplateContext.GetDefaultBuiltinObject();
        var ours = new ThemeBuiltins();

        foreach (var name in scriban.GetMembers())
        {
            Assert.True(ours.Contains(name), name);
            Assert.True(ours.TryGetValue(null, default, name, out var value), name);
            var expected = scriban[name];
            Assert.Equal(expected?.GetType(), value?.GetType());
            if (expected is ScriptObject functions)
            {
                var made = Assert.IsAssignableFrom<ScriptObject>(value);
                Assert.Equal(functions.GetMembers().Order(StringComparer.Ordinal), made.GetMembers().Order(StringComparer.Ordinal));
                foreach (var function in functions.GetMembers().Where(f => !(name == "html" && f == "escape")))
                {
                    Assert.Equal(functions[function]?.GetType(), made[function]?.GetType());
                }
            }
        }

        Assert.Equal(scriban.GetMembers().Order(StringComparer.Ordinal), ((IScriptObject)ours).GetMembers().Order(StringComparer.Ordinal));
        Assert.True(ours.TryGetValue(null, default, "html", out var html));
        Assert.IsType<HtmlEscapeFunction>(((ScriptObject)html!)["escape"]);
    }

    [Fact]
    public void ANamespace_IsMadeOnItsFirstUse_AndOnlyThen()
    {
        var builtins = new ThemeBuiltins();
        var context = new TemplateContext(builtins);

        var text = Template.Parse("{{ 'a,b' | string.split ',' | array.join '+' }}").Render(context);

        Assert.Equal("a+b", text);
        Assert.True(builtins.IsMade("string"));
        Assert.True(builtins.IsMade("array"));
        Assert.False(builtins.IsMade("math"));
        Assert.False(builtins.IsMade("date"));
        Assert.False(builtins.IsMade("regex"));
    }

    [Theory]
    [InlineData("{{ string = 1 }}")]
    [InlineData("{{ array = [1] }}")]
    [InlineData("{{ html.escape = 1 }}")]
    [InlineData("{{ include = 1 }}")]
    public void ABuiltInName_CannotBeAssigned_AsWithScribansOwnBuiltIns(string template)
    {
        string? Failure(ScriptObject builtins)
        {
            try
            {
                Template.Parse(template).Render(new TemplateContext(builtins));
                return null;
            }
            catch (Scriban.Syntax.ScriptRuntimeException ex)
            {
                return ex.Message;
            }
        }

        var expected = Failure(TemplateContext.GetDefaultBuiltinObject());

        Assert.NotNull(expected);
        Assert.Equal(expected, Failure(new ThemeBuiltins()));
    }

    [Theory]
    [InlineData("{{ x | string.upcase }}", "string")]
    [InlineData("{{ array.join a ',' }}{{ html.escape y }}{{ array . size b }}", "array,html")]
    [InlineData("{{ mystring.x }}{{ page.date.year }}{{ strings.x }}{{ string }}", "")]
    public void TheNamespacesATemplateNames_AreFoundInItsText(string template, string expected)
    {
        Assert.Equal(expected, string.Join(',', ThemeBuiltins.NamedIn(template)));
    }

    [Fact]
    public void Prepare_MakesTheNamespacesTheThemesTemplatesName_AndIgnoresWhatItCannotRead()
    {
        var theme = Path.Combine(Path.GetTempPath(), "briefing-builtins-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(theme, "layouts"));
            File.WriteAllText(Path.Combine(theme, "layouts", "home.html"), "{{ 7 | math.minus 2 }}");
            File.CreateSymbolicLink(Path.Combine(theme, "layouts", "linked.html"), "/nonexistent/outside.html");

            ThemeBuiltins.Prepare(theme); // no partials/ folder, a dangling link: neither throws
            ThemeBuiltins.Prepare(Path.Combine(theme, "missing"));

            Assert.True(ThemeBuiltins.IsPrepared("math"));
        }
        finally
        {
            Directory.Delete(theme, recursive: true);
        }
    }
}
