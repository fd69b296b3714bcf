using Briefing.Model;
using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>docs/editing.md, the editors' guide, explains every diagnostic code and is linked from the README.</summary>
public sealed class EditingGuideTests
{
    [Fact]
    public void EveryCode_HasARowInTheEditorsGuide()
    {
        // Given the editors' guide
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "editing.md"));

        // Then each declared code has a table row
        var missing = DiagnosticCodes.All.Where(c => !guide.Contains($"\n| {c.Id} | ", StringComparison.Ordinal)).Select(c => c.Id).ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void Readme_LinksTheEditorsGuide()
    {
        // Given the README
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

        // Then it links the guide
        Assert.Contains("(docs/editing.md)", readme, StringComparison.Ordinal);
    }
}
