using System.CommandLine;
using Briefing.Content;
using Briefing.Media.Cards;
using Briefing.Model;
using Briefing.Output;
using Briefing.Rendering;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing check</c>: loads content/, parses the theme's templates and reads its card layout, exactly as a build would, and reports
/// every problem without writing anything. Exit code 1 when there is an error.
/// </summary>
public static class CheckCommand
{
    private const string Theme = "briefing";

    internal static Command Create(TextWriter stdout, TextWriter stderr, CliServices services)
    {
        var source = CommonOptions.Source();
        var drafts = CommonOptions.Drafts("Check as a build with --drafts would (drafts are validated either way).");
        var future = CommonOptions.Future();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: one 'path:line:col: error|warning BRFnnn: message' line per problem, then a summary; json: for tools; "
                          + "github: GitHub Actions annotations (::error file=…,line=…,col=…), so problems land on the pull request's lines.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "github");
        var command = new Command("check", "Validate content/ and the theme's templates without writing output.") { source, drafts, future, format };
        command.SetAction(parse =>
        {
            var options = new LoadOptions(parse.GetValue(drafts), null, parse.GetValue(future), services.Time.GetUtcNow());
            return Execute(parse.GetValue(source)!.FullName, options, parse.GetValue(format)!, stdout, stderr, services.Load);
        });
        return command;
    }

    internal static int Execute(string sourceRoot, LoadOptions options, string format, TextWriter stdout, TextWriter stderr,
        Func<string, LoadOptions, LoadResult> loader)
    {
        LoadResult load;
        var diagnostics = new List<Diagnostic>();
        try
        {
            load = loader(sourceRoot, options);
            diagnostics.AddRange(load.Diagnostics);
            using var cards = CheckTheme(sourceRoot, diagnostics);
            if (load.Model is { } model && !diagnostics.Any(d => d.IsError))
            {
                diagnostics.AddRange(PermanentUrls.Check(sourceRoot, Theme, model));
                if (cards is not null)
                {
                    diagnostics.AddRange(cards.CheckGlyphs(CardPlanner.Plan(model), sourceRoot));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: could not read the site: {ex.Message}");
            return ExitCodes.Failure;
        }

        var sorted = DiagnosticPrinter.Sort(diagnostics).ToArray();
        var errors = sorted.Count(d => d.IsError);
        var warnings = sorted.Length - errors;
        if (format == "json")
        {
            stdout.Write(CheckReport.ToJson(sorted, errors, warnings, errors == 0 ? load : null));
        }
        else
        {
            if (format == "github")
            {
                GitHubAnnotations.Print(sorted, stdout);
            }
            else
            {
                DiagnosticPrinter.Print(sorted, stdout);
            }

            stdout.WriteLine(errors > 0
                ? $"check failed: {errors} error(s), {warnings} warning(s)"
                : $"check passed: {load.Model?.Articles.Count ?? 0} briefing(s) to publish ({load.DraftsLeftOut} draft(s), "
                  + $"{load.ScheduledLeftOut} scheduled left out); {errors} error(s), {warnings} warning(s)");
        }

        return errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    /// <summary>
    /// The theme as a build reads it: its templates, then (when they load, as in a build) its card layout and fonts, whose
    /// errors are BRF070 and BRF071. The cards are returned for the glyph warnings (BRF072) once the content has loaded.
    /// </summary>
    private static SocialCards? CheckTheme(string sourceRoot, List<Diagnostic> diagnostics)
    {
        using var templates = SiteBuilder.LoadTheme(sourceRoot, Theme, diagnostics);
        return templates is null ? null : SocialCards.Load(Path.Combine(sourceRoot, "themes", Theme), $"themes/{Theme}", diagnostics);
    }
}
