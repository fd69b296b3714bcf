using System.Text.RegularExpressions;
using Briefing.Model;
using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>Every diagnostic code is declared once, described, and asserted as a printed line by a test here.</summary>
public sealed partial class DiagnosticCodeCoverageTests
{
    [Fact]
    public void EveryCode_HasAUniqueWellFormedIdAndADescription()
    {
        // Given every declared code
        var codes = DiagnosticCodes.All;

        // Then ids are unique, shaped BRFnnn, in order, and each has a one-line description
        Assert.Equal(codes.Count, codes.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches(IdShape(), c.Id));
        Assert.Equal(codes.Select(c => c.Id).Order(StringComparer.Ordinal), codes.Select(c => c.Id));
        Assert.All(codes, c => Assert.False(string.IsNullOrWhiteSpace(c.Description), c.Id));
        Assert.All(codes, c => Assert.DoesNotContain('\n', c.Description));
    }

    [Fact]
    public void EveryCode_IsDeclaredInAll()
    {
        // Given the public static code fields of DiagnosticCodes
        var fields = typeof(DiagnosticCodes).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .ToArray();

        // Then All lists each of them
        Assert.Equal(fields.Select(f => f.Id).Order(StringComparer.Ordinal), DiagnosticCodes.All.Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryCode_IsAssertedAsAPrintedLineByATest()
    {
        // Given the source of the tests in this folder
        var folder = Path.Combine(RepoPaths.Root, "tests", "Briefing.Tests", "Content");
        var source = string.Concat(Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText));

        // Then each code appears as part of a printed line (": error BRFnnn: " or ": warning BRFnnn: ")
        var untested = DiagnosticCodes.All
            .Where(c => !source.Contains($": error {c.Id}: ", StringComparison.Ordinal)
                        && !source.Contains($": warning {c.Id}: ", StringComparison.Ordinal))
            .Select(c => c.Id)
            .ToArray();
        Assert.Empty(untested);
    }

    [GeneratedRegex(@"^BRF\d{3}$")]
    private static partial Regex IdShape();
}
