namespace Briefing.Model;

/// <summary>What a standalone page is, for its schema.org type: <c>WebPage</c>, <c>AboutPage</c> or <c>ContactPage</c>.</summary>
public enum PageType
{
    Page,
    About,
    Contact,
}
