namespace Briefing.BrowserTests.Support;

/// <summary>Every test that needs a built site or the browser: one build per site and one Chromium per run.</summary>
[CollectionDefinition(Name)]
public sealed class SharedSites : ICollectionFixture<SiteFixture>
{
    public const string Name = "sites";
}
