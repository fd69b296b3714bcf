using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>Turns routes into hrefs (with the base path) and absolute URLs (with the base URL).</summary>
public sealed class SiteUrls(SiteConfig config)
{
    private readonly string _basePath = config.BasePath;
    private readonly string _origin = config.BaseUrl.GetLeftPart(UriPartial.Authority);

    /// <summary>Scheme, host and port: <c>https://example.org</c>.</summary>
    public string Origin => _origin;

    /// <summary><c>/companies/aws/</c> → <c>/sub/companies/aws/</c> when the site lives under <c>/sub/</c>.</summary>
    public string Link(string route) => _basePath + route[1..];

    /// <summary><c>/companies/aws/</c> → <c>https://example.org/sub/companies/aws/</c>.</summary>
    public string Absolute(string route) => _origin + Link(route);
}
