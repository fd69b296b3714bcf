namespace Briefing.Media.Cards;

/// <summary>What one social card shows. Every field is part of the card's cache key, so a card is drawn again only when one changes.</summary>
/// <param name="Label">What the page is: Briefing, Company, Person, Topic, or the home page's line.</param>
/// <param name="Date">A briefing's date as shown ("26 June 2025"); an entity's number of briefings; may be empty.</param>
/// <param name="Companies">A briefing's companies' names ("Amazon, AWS, OpenAI"); may be empty.</param>
/// <param name="Site">The site's name.</param>
/// <param name="ImagePath">The hero image's variant in the image cache (absolute; its folder is named by the hash of the
/// source's bytes and the settings, which is what the card's name hashes), drawn in the layout's image slot, or null.</param>
public sealed record CardContent(string Label, string Title, string Date, string Companies, string Site, string? ImagePath = null)
{
    /// <summary>The card's alternative text (<c>og:image:alt</c>, <c>twitter:image:alt</c>): what it shows, in reading order.</summary>
    public string Alt => string.Join(" · ", new[] { Label, Title, Date, Companies, Site }.Where(t => t.Length > 0));
}
