namespace Briefing.Model;

/// <summary>One correction with the briefing it corrects: an entry of <c>/corrections/</c> and its feed.</summary>
public sealed record CorrectionNotice(Article Article, Correction Correction)
{
    /// <summary>The correction's anchor on its briefing page, from the site root: <c>/briefings/2025/x/#correction-2025-06-27-1</c>.</summary>
    public string Route => $"{Article.Url}#{Correction.Anchor}";

    /// <summary>
    /// Every correction of <paramref name="articles"/> (newest first, as the model keeps them): newest correction
    /// first, then the briefing's order, then the correction's number. Linear in the briefings; most have none.
    /// </summary>
    public static IReadOnlyList<CorrectionNotice> All(IReadOnlyList<Article> articles)
    {
        var notices = new List<CorrectionNotice>();
        foreach (var article in articles)
        {
            foreach (var correction in article.Corrections)
            {
                notices.Add(new CorrectionNotice(article, correction));
            }
        }

        // A stable sort over the briefings' own order: equal dates keep newest briefing first, then front-matter order.
        return notices.OrderByDescending(n => n.Correction.Date).ToArray();
    }
}
