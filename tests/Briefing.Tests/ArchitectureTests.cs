using System.Text.RegularExpressions;
using Briefing.Tests.Support;

namespace Briefing.Tests;

/// <summary>
/// The dependency rules of DESIGN.md, held by a scan of the generator's sources: Model ← Content, Model ← Rendering,
/// Model + Rendering ← Output, everything ← Cli; Content and Rendering never see each other; Model does no I/O.
/// Caching (the build cache's files) sits beside Model: it sees only Model, and Content and Output use it. Files (site
/// file listing confined to the site root) sits beside Model too. Media (image variants) sees Model and Caching; only
/// Output calls it.
/// </summary>
public sealed partial class ArchitectureTests
{
    public static TheoryData<string, string[]> Rules => new()
    {
        { "Model", ["Caching", "Content", "Rendering", "Output", "Cli", "Media"] },
        { "Caching", ["Content", "Rendering", "Output", "Cli", "Media"] },
        { "Files", ["Caching", "Content", "Rendering", "Output", "Cli", "Media"] },
        { "Content", ["Rendering", "Output", "Cli", "Media"] },
        { "Rendering", ["Caching", "Content", "Output", "Cli", "Media"] },
        { "Media", ["Content", "Rendering", "Output", "Cli"] },
        { "Output", ["Content", "Cli"] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Layer_NeverReferencesTheLayersAboveIt(string layer, string[] forbidden)
    {
        var violations = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "generator", layer), "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (var other in forbidden)
            {
                if (Regex.IsMatch(text, $@"\bBriefing\.{other}\b"))
                {
                    violations.Add($"{Path.GetRelativePath(RepoPaths.Root, file)} uses Briefing.{other}");
                }
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void Model_DoesNoIo()
    {
        var violations = Directory.GetFiles(Path.Combine(RepoPaths.Root, "generator", "Model"), "*.cs", SearchOption.AllDirectories)
            .Where(f => IoUse().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .ToArray();

        Assert.Empty(violations);
    }

    [Fact]
    public void EverySourceFile_DeclaresTheNamespaceOfItsFolder()
    {
        var violations = new List<string>();
        var root = Path.Combine(RepoPaths.Root, "generator");
        foreach (var file in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
        {
            var folder = Path.GetDirectoryName(Path.GetRelativePath(root, file))!.Replace('/', '.');
            var expected = folder.Length == 0 ? "Briefing" : $"Briefing.{folder}";
            if (!File.ReadAllText(file).Contains($"namespace {expected};", StringComparison.Ordinal))
            {
                violations.Add($"{Path.GetRelativePath(RepoPaths.Root, file)} should declare namespace {expected}");
            }
        }

        Assert.Empty(violations);
    }

    [GeneratedRegex(@"\b(File|Directory|FileStream|StreamReader|StreamWriter|Console)\s*\.")]
    private static partial Regex IoUse();
}
