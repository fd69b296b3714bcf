using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

public sealed class SmokeDiagnosticsTests
{
    [Fact]
    public void Probe()
    {
        using var site = TestSite.Create("""
            -- content/briefings/2025/a.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            companies: [amzon]
            tags: [x
            ---
            Body
            -- content/briefings/2025/b.md --
            ---
            title: "B"
            date: 2025-13-26
            summary: "S"
            companies: [amzon]
            ---
            Body
            -- content/briefings/2025/c.md --
            ---
            title: "B"
            title: "C"
            date: 2025-06-26
            summary: "S"
            ---
            -- content/companies/amazon.yml --
            name: Amazon
            """);
        var run = site.Build();
        File.WriteAllText("/tmp/probe.txt", run.Stderr);
    }
}
