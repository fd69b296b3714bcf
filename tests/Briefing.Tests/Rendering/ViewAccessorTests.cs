using Briefing.Rendering;
using Briefing.Rendering.Views;
using Briefing.Tests.Support;
using Scriban;
using Scriban.Runtime;

namespace Briefing.Tests.Rendering;

public sealed class ViewAccessorTests
{
    public static TheoryData<Type> ViewTypes => [.. typeof(LinkView).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(LinkView).Namespace && t.IsClass && t.IsPublic)
        .OrderBy(t => t.Name, StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ViewTypes))]
    public void EveryViewRecord_IsReadFast_WithTheNamesAndValuesScribansOwnAccessorGives(Type type)
    {
        // Given a view with every field set, and Scriban's own accessor of its type
        var view = typeof(FakeViews).GetMethod(nameof(FakeViews.Build))!.MakeGenericMethod(type).Invoke(new FakeViews("x", full: true), null)!;
        var context = new TemplateContext { MemberRenamer = StandardMemberRenamer.Default };
        var scriban = context.GetMemberAccessor(view);

        // When the theme's accessor is made over it
        var fast = ViewAccessor.Over(scriban, type, StandardMemberRenamer.Default);

        // Then it is the fast one, and it reads every member Scriban lists as Scriban does
        Assert.IsType<ViewAccessor>(fast);
        var members = scriban.GetMembers(context, default, view).ToArray();
        Assert.NotEmpty(members);
        Assert.Equal(members.Length, fast!.GetMemberCount(context, default, view));
        foreach (var member in members)
        {
            Assert.True(scriban.TryGetValue(context, default, view, member, out var expected));
            Assert.True(fast.TryGetValue(context, default, view, member, out var actual), member);
            Assert.Equal(expected, actual);
        }

        Assert.False(fast.TryGetValue(context, default, view, "no_such_member", out _));
        Assert.False(fast.HasMember(context, default, view, "no_such_member"));
    }

    [Fact]
    public void ATypeOutsideTheViews_IsLeftToScriban()
    {
        var context = new TemplateContext { MemberRenamer = StandardMemberRenamer.Default };
        var scriban = context.GetMemberAccessor(new Uri("https://example.org/"));

        Assert.Same(scriban, ViewAccessor.Over(scriban, typeof(Uri), StandardMemberRenamer.Default));
    }
}
