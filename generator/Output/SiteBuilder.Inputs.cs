using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>What a build checks before it renders: the theme it loads and the output folder it may replace.</summary>
public static partial class SiteBuilder
{
    /// <summary>
    /// The theme's templates, or null with diagnostics. The whole theme folder is checked for links that lead outside
    /// the site, nowhere or in a loop before any of it is read (its assets and static files are copied into the output).
    /// </summary>
    public static ThemeTemplates? LoadTheme(string sourceRoot, string theme, List<Diagnostic> diagnostics)
    {
        var themeRoot = Path.Combine(sourceRoot, "themes", theme);
        var display = $"themes/{theme}";
        var files = new Files.SiteFiles(sourceRoot);
        var real = files.Confine(themeRoot, diagnostics);
        if (real is null)
        {
            return null;
        }

        if (!Directory.Exists(real))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingTheme, SourceSpan.File(display),
                $"no theme folder {display}/ beside content/; copy the project's themes/ folder here"));
            return null;
        }

        var links = files.Audit(themeRoot);
        diagnostics.AddRange(links);
        return links.Count > 0 ? null : ThemeTemplates.Load(themeRoot, display, diagnostics);
    }

    /// <summary>The error for an output folder that would overwrite the sources, or null when it is safe.</summary>
    public static Diagnostic? CheckOutput(string sourceRoot, string outputDirectory)
    {
        sourceRoot = Path.GetFullPath(sourceRoot);
        var output = Path.GetFullPath(outputDirectory);
        return OutputProblem(sourceRoot, output) is { } problem ? OutputRefused(sourceRoot, output, problem) : null;
    }

    private static Diagnostic OutputRefused(string sourceRoot, string output, string problem) =>
        Diagnostic.Error(DiagnosticCodes.MisplacedFile, SourceSpan.File(Path.GetRelativePath(sourceRoot, output).Replace('\\', '/')), problem);

    /// <summary>Refuses outputs that would delete the sources: the site root itself, a folder above it, or content/ and themes/.</summary>
    private static string? OutputProblem(string sourceRoot, string output)
    {
        static string Norm(string p) => p.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var src = Norm(sourceRoot);
        var outp = Norm(output);
        if (src.StartsWith(outp, StringComparison.Ordinal))
        {
            return $"the output folder {output} contains the site's sources; choose another --output (the default is public/)";
        }

        foreach (var protectedDir in new[] { "content", "themes" })
        {
            if (outp.StartsWith(Norm(Path.Combine(sourceRoot, protectedDir)), StringComparison.Ordinal))
            {
                return $"the output folder {output} is inside {protectedDir}/; choose another --output (the default is public/)";
            }
        }

        return null;
    }
}
