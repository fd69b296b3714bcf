namespace Briefing.Media.Cards;

/// <summary>The card of one page: the page's route (page one of a list), what the card shows, and where its text comes from.</summary>
/// <param name="SourcePath">The file (relative to the site root) that holds the card's main text, for warnings.</param>
/// <param name="SourceKey">The YAML key in that file whose value is the text (<c>title</c>, <c>name</c>, a tag's slug).</param>
public sealed record CardJob(string PageRoute, CardContent Content, string SourcePath, string SourceKey);
