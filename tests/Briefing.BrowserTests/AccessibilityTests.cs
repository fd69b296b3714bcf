using System.Text;
using System.Text.Json;
using Briefing.BrowserTests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>axe finds nothing on any page kind, in the light and the dark colour scheme (their contrasts differ).</summary>
[Collection(SharedSites.Name)]
public sealed class AccessibilityTests(SiteFixture sites)
{
    /// <summary>Every rule; only violations are reported (collecting the passes costs more than the checks).</summary>
    private static readonly AxeRunOptions AllRules = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>
    /// The rules a colour scheme changes, run with the axe that <see cref="PageExtensions.RunAxe(IPage, AxeRunOptions?)"/>
    /// left in the page: RunAxe re-injects axe and finishes in a fresh page each time (~1 s), axe.run itself takes ~0.1 s.
    /// </summary>
    private const string SchemeRules = """
        async () => {
          const r = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, resultTypes: ['violations'] });
          return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })) }));
        }
        """;

    public static TheoryData<string, string> PageKinds => Support.PageKinds.All();

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task EveryPageKind_HasNoAxeViolations_InLightAndDarkSchemes(string site, string kind)
    {
        // Given a page of this kind in the light colour scheme
        var built = sites.Site(site);
        var url = built.Url(built.PathOf(kind));
        await using var context = await sites.NewContextAsync(new() { ColorScheme = ColorScheme.Light });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        var report = new StringBuilder();

        // When axe checks it with every rule
        var light = await page.RunAxe(AllRules);
        foreach (var violation in light.Violations)
        {
            report.Append("light: ").Append(violation.Id).Append(" (").Append(violation.Impact).Append("): ").Append(violation.Help).Append('\n');
            foreach (var node in violation.Nodes.Take(5))
            {
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message);
                report.Append("    ").Append(node.Target).Append(": ").Append(string.Join("; ", checks)).Append("\n      ").Append(node.Html).Append('\n');
            }
        }

        // And, in the dark scheme, with the rules a scheme changes
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var dark = await page.EvaluateAsync<JsonElement>(SchemeRules);
        foreach (var violation in dark.EnumerateArray())
        {
            report.Append("dark: ").Append(violation.GetProperty("id").GetString()).Append(" (").Append(violation.GetProperty("impact").GetString())
                .Append("): ").Append(violation.GetProperty("help").GetString()).Append('\n');
            foreach (var node in violation.GetProperty("nodes").EnumerateArray().Take(5))
            {
                report.Append("    ").Append(node.GetProperty("target").GetString()).Append(": ")
                    .Append(node.GetProperty("summary").GetString()?.ReplaceLineEndings(" ")).Append("\n      ")
                    .Append(node.GetProperty("html").GetString()).Append('\n');
            }
        }

        // Then there is no violation in either
        Assert.True(report.Length == 0, $"{site} {kind} ({url}):\n{report}");
    }
}
