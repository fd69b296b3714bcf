namespace Briefing.Model;

/// <summary>The zone of site.yml's <c>timezone</c>, from the system's tz database (IANA ids; ICU is not needed).</summary>
public static class SiteTimeZone
{
    /// <summary>The zone named <paramref name="id"/>, or null when the system knows no such IANA id.</summary>
    public static TimeZoneInfo? Find(string id) =>
        id == SiteConfig.DefaultTimeZone ? TimeZoneInfo.Utc
        : TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && !id.Contains('\\', StringComparison.Ordinal) ? zone : null;

    /// <summary>The zone of <paramref name="config"/> (validated when it was loaded; UTC otherwise).</summary>
    public static TimeZoneInfo Of(SiteConfig config) => Find(config.TimeZone) ?? TimeZoneInfo.Utc;
}
