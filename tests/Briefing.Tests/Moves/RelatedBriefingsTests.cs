using Briefing.Tests.Support;

namespace Briefing.Tests.Moves;

/// <summary>Related briefings at the foot of each briefing: most shared companies and people first, at most five.</summary>
public sealed class RelatedBriefingsTests(MovesSite fixture) : IClassFixture<MovesSite>
{
    private string[] Related(string path) => Html.Load(fixture.Site, path)
        .QuerySelectorAll("section.related .card-title a").Select(a => a.GetAttribute("href")!).ToArray();

    [Fact]
    public void Related_AreOrderedBySharedCompaniesAndPeople_AndLeaveOutUnrelatedOnes()
    {
        // Given "DeepMind loses Ada" (Google DeepMind, OpenAI; Ada)
        // Then "Ada joins OpenAI" (OpenAI and Ada: two shared) comes before "Cy joins OpenAI" (OpenAI: one shared)
        Assert.Equal(["/briefings/2025/ada-joins-openai/", "/briefings/2024/cy-joins-openai/"],
            Related("briefings/2025/deepmind-loses-ada/index.html"));
        Assert.Equal(["/briefings/2025/bob-promoted/", "/briefings/2024/cy-joins-openai/"],
            Related("briefings/2024/bob-joins-google/index.html"));
    }

    [Fact]
    public void Related_BreaksTiesNewestFirst()
    {
        // Given "Cy joins OpenAI" (Meta, OpenAI; Cy): three briefings share one entity each
        // Then they come newest first
        Assert.Equal(["/briefings/2025/deepmind-loses-ada/", "/briefings/2025/ada-joins-openai/", "/briefings/2024/bob-joins-google/"],
            Related("briefings/2024/cy-joins-openai/index.html"));
    }
}
