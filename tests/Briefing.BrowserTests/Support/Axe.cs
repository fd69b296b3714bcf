using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Runs axe-core, the copy that Deque.AxeCore.Playwright carries, straight in a page. Deque's <c>page.RunAxe()</c>
/// injects axe again and finishes its run in a newly opened page on every call: ~1 s a call here, where
/// <c>axe.run</c> itself takes ~0.1 s, and this suite runs axe 44 times.
/// </summary>
public static class Axe
{
    private const string Run = """
        async options => {
          const r = await axe.run(document, options);
          return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary || '' })) }));
        }
        """;

    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeRunOptions).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
                           ?? throw new InvalidOperationException("axe.min.js is not in Deque.AxeCore.Commons");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    /// <summary>The violations on the page as it is now, one readable block each; <paramref name="rules"/> limits the rules run.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, params string[] rules)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        object options = rules.Length == 0
            ? new { resultTypes = new[] { "violations" } }
            : new { resultTypes = new[] { "violations" }, runOnly = new { type = "rule", values = rules } };
        var violations = await page.EvaluateAsync<JsonElement>(Run, options);
        var found = new List<string>();
        foreach (var violation in violations.EnumerateArray())
        {
            var text = new StringBuilder();
            text.Append(violation.GetProperty("id").GetString()).Append(" (").Append(violation.GetProperty("impact").GetString()).Append("): ")
                .Append(violation.GetProperty("help").GetString());
            var nodes = violation.GetProperty("nodes").EnumerateArray().ToArray();
            foreach (var node in nodes.Take(5))
            {
                text.Append("\n    ").Append(node.GetProperty("target").GetString()).Append(": ")
                    .Append(node.GetProperty("summary").GetString()?.ReplaceLineEndings(" "))
                    .Append("\n      ").Append(node.GetProperty("html").GetString());
            }

            if (nodes.Length > 5)
            {
                text.Append("\n    … and ").Append(nodes.Length - 5).Append(" more");
            }

            found.Add(text.ToString());
        }

        return found;
    }
}
