using System.CommandLine;
using Briefing.Content;
using Briefing.Model;
using Briefing.Output;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing digest [--week 2025-W26]</c>: builds the site and prints where an edition of the weekly digest was
/// written (its page, email and text), the newest finished one by default; a week without an edition is BRF079 with
/// the reason (not finished, no briefings, held back as a draft).
/// </summary>
internal static class DigestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CliServices services)
    {
        var source = CommonOptions.Source();
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where to write the site (default: public/ under the source)." };
        var week = new Option<string?>("--week", "-w") { Description = "The ISO week of the edition, e.g. 2025-W26 (default: the newest finished week)." };
        var drafts = CommonOptions.Drafts("Include drafts: briefings, and editions held back by 'draft: true' in content/digest/.");
        var command = new Command("digest", "Build the site and print where an edition of the weekly digest was written.") { source, output, week, drafts };
        command.SetAction(parse =>
        {
            var sourceDir = parse.GetValue(source)!.FullName;
            var outputDir = parse.GetValue(output)?.FullName ?? Path.Combine(sourceDir, "public");
            var options = new LoadOptions(parse.GetValue(drafts), null, false, services.Time.GetUtcNow());
            return Run(new BuildRequest(sourceDir, outputDir, options), parse.GetValue(week), stdout, stderr, services);
        });
        return command;
    }

    private static int Run(BuildRequest request, string? weekText, TextWriter stdout, TextWriter stderr, CliServices services)
    {
        IsoWeek? asked = null;
        if (weekText is not null)
        {
            if (!IsoWeek.TryParse(weekText.Trim(), out var parsed))
            {
                stderr.WriteLine($"error: --week '{weekText}' is not an ISO week; write it as 2025-W26 (year, 'W', two-digit week)");
                return ExitCodes.ContentErrors;
            }

            asked = parsed;
        }

        var load = SiteLoader.Load(Path.GetFullPath(request.SourceRoot), request.Options with { CacheFolder = request.CacheFolder });
        if (load.Model is { } model)
        {
            var digest = DigestPlan.Of(model);
            var week = asked ?? (digest.Editions.Count > 0 ? digest.Editions[0].Week : null);
            if (week is not { } w || digest.Find(w) is null)
            {
                DiagnosticPrinter.Print([NoEdition(model, digest, week)], stderr);
                return ExitCodes.ContentErrors;
            }
        }

        var outcome = BuildCommand.Execute(request, quiet: true, showTimings: false, stdout, stderr, services, "briefing digest", ProgressMode.None);
        if (outcome.Result is not { Succeeded: true } || load.Model is null)
        {
            return outcome.Code == ExitCodes.Success ? ExitCodes.ContentErrors : outcome.Code;
        }

        var plan = DigestPlan.Of(load.Model);
        var edition = plan.Find(asked ?? plan.Editions[0].Week)!;
        string Shown(string route) => Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(request.OutputDirectory, Routes.OutputFile(route)));
        stdout.WriteLine($"{edition.Week}: {edition.Title} ({edition.Articles.Count} briefing(s), {edition.Moves.Count} move(s))");
        stdout.WriteLine($"  page   {Shown(edition.Url)}");
        if (plan.Emailed.Contains(edition))
        {
            stdout.WriteLine($"  email  {Shown(Routes.DigestEmail(edition.Week))}");
            stdout.WriteLine($"  text   {Shown(Routes.DigestText(edition.Week))}");
            stdout.WriteLine($"  preview: briefing serve, then open {Routes.DigestEmail(edition.Week)}");
        }
        else
        {
            stdout.WriteLine($"  no email: only the newest {load.Model.Config.FeedItems} editions (site.yml feed_items) have one");
        }

        return outcome.Code;
    }

    private static Diagnostic NoEdition(SiteModel model, DigestPlan digest, IsoWeek? week)
    {
        if (week is not { } w)
        {
            return Diagnostic.Error(DiagnosticCodes.NoEdition, SourceSpan.File("content/digest"),
                "the site has no edition yet: a week becomes an edition once it is over and it has published briefings");
        }

        var span = SourceSpan.File($"content/digest/{w}.md");
        var zone = SiteTimeZone.Of(model.Config);
        string reason;
        if (!model.Digest.IsFinished(w))
        {
            reason = $"{w} is not finished: it ends on Sunday {Rendering.DisplayDates.Human(w.Sunday)} ({model.Config.TimeZone}); the first build after that publishes its edition";
        }
        else if (model.Articles.Any(a => IsoWeek.Of(a.Date, zone) == w))
        {
            reason = $"the edition of {w} is held back by 'draft: true' in content/digest/{w}.md; remove it, or pass --drafts to preview";
        }
        else
        {
            reason = $"no published briefing is dated in {w} ({Edition.Range(w)}), so it has no edition";
        }

        return Diagnostic.Error(DiagnosticCodes.NoEdition, span, reason + (digest.Editions.Count > 0 ? $" (the newest edition is {digest.Editions[0].Week})" : string.Empty));
    }
}
