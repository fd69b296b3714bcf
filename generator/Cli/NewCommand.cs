using System.CommandLine;
using System.Text;
using Briefing.Content;
using Briefing.Model;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing new briefing|company|person|page "Title or Name"</c>: writes a new content file with its front matter
/// filled in, refusing unknown slugs (with a suggestion) and never overwriting a file. Prints the path written.
/// </summary>
public static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        var command = new Command("new", "Create a briefing, company, person, author or page file with its front matter filled in.");
        command.Subcommands.Add(BriefingCommand(stdout, stderr, time));
        command.Subcommands.Add(RegistryCommand("company", stdout, stderr));
        command.Subcommands.Add(RegistryCommand("person", stdout, stderr));
        command.Subcommands.Add(NewAuthor.Command(stdout, stderr));
        command.Subcommands.Add(PageCommand(stdout, stderr));
        return command;
    }

    private static Command BriefingCommand(TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        var title = new Argument<string>("title") { Description = "The headline; the file name and URL slug are made from it." };
        var source = CommonOptions.Source();
        var companies = Repeated("--company", "A company slug from content/companies/ (repeat for several).");
        var people = Repeated("--person", "A person slug from content/people/ (repeat for several).");
        var tags = Repeated("--tag", "A tag slug (repeat for several).");
        var authors = Repeated("--author", "An author slug from content/authors/ for the byline (repeat for several; default: site.yml's default_authors).");
        var date = new Option<string?>("--date") { Description = "The briefing's date, ISO 8601 (default: now, in UTC)." };
        var slug = new Option<string?>("--slug") { Description = "The URL slug, when the one made from the title is too long." };
        var command = new Command("briefing", "Write content/briefings/YYYY/<slug>.md, a draft with a summary to fill in.")
        {
            title, source, companies, people, tags, date, slug, authors,
        };
        command.SetAction(parse => NewBriefing.Run(new NewBriefing.Request(
            parse.GetValue(source)!.FullName, parse.GetValue(title)!, parse.GetValue(slug), parse.GetValue(date),
            parse.GetValue(companies) ?? [], parse.GetValue(people) ?? [], parse.GetValue(tags) ?? [])
        {
            Authors = parse.GetValue(authors) ?? [],
        }, time, stdout, stderr));
        return command;
    }

    private static Command PageCommand(TextWriter stdout, TextWriter stderr)
    {
        var title = new Argument<string>("title") { Description = "The page's title; the file name and URL slug are made from it." };
        var source = CommonOptions.Source();
        var menus = Repeated("--menu", "A menu that links the page: main (the header) or footer (repeat for both).");
        var slug = new Option<string?>("--slug") { Description = "The URL slug, when the one made from the title is not the one wanted." };
        var command = new Command("page", "Write content/pages/<slug>.md, a draft page published at /<slug>/.") { title, source, menus, slug };
        command.SetAction(parse => NewPage.Run(
            new NewPage.Request(parse.GetValue(source)!.FullName, parse.GetValue(title)!, parse.GetValue(slug), parse.GetValue(menus) ?? []),
            stdout, stderr));
        return command;
    }

    private static Command RegistryCommand(string kind, TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string>("name") { Description = $"The {kind}'s name as readers see it; the file name is made from it." };
        var source = CommonOptions.Source();
        var aliases = Repeated("--alias", "Another name the body may use (repeat for several).");
        var command = new Command(kind, $"Write content/{(kind == "company" ? "companies" : "people")}/<slug>.yml.") { name, source, aliases };
        var parent = new Option<string?>("--parent") { Description = "The slug of the company that owns this one." };
        var website = new Option<string?>("--website") { Description = "The company's website (absolute http(s) URL)." };
        if (kind == "company")
        {
            command.Options.Add(parent);
            command.Options.Add(website);
        }

        command.SetAction(parse =>
        {
            var root = parse.GetValue(source)!.FullName;
            var entryName = parse.GetValue(name)!.Trim();
            var aliasList = parse.GetValue(aliases) ?? [];
            var problems = new List<string>();
            var parentSlug = parse.GetValue(parent);
            var site = parentSlug is null ? null : RegistryLookup.Load(root);
            if (parentSlug is not null && !site!.HasCompany(parentSlug))
            {
                problems.Add($"unknown company '{parentSlug}' in --parent{Hint(site.SuggestCompany(parentSlug), "company")}");
            }

            var url = parse.GetValue(website);
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                problems.Add($"--website '{url}' is not an absolute http(s) URL");
            }

            var folder = kind == "company" ? "companies" : "people";
            var text = kind == "company" ? Scaffold.Company(entryName, aliasList, parentSlug, url) : Scaffold.Person(entryName, aliasList);
            return Write(root, folder, entryName, "name", problems, text, stdout, stderr);
        });
        return command;
    }

    /// <summary>Writes content/<paramref name="folder"/>/&lt;slug&gt;.yml unless there are problems or the file exists.</summary>
    internal static int Write(string root, string folder, string name, string what, List<string> problems, string text,
        TextWriter stdout, TextWriter stderr)
    {
        var slug = Slug.From(name);
        if (slug.Length == 0)
        {
            problems.Insert(0, $"the {what} '{name}' has no letters or digits to make a file name from");
        }

        return WriteFile(root, $"content/{folder}/{slug}.yml", problems, text, stdout, stderr);
    }

    internal static int WriteFile(string root, string relative, IReadOnlyList<string> problems, string text, TextWriter stdout, TextWriter stderr)
    {
        var full = Path.Combine(root, relative);
        var all = problems.ToList();
        if (all.Count == 0 && File.Exists(full))
        {
            all.Add($"{relative} already exists; edit it, or choose another name");
        }

        if (all.Count > 0)
        {
            foreach (var problem in all)
            {
                stderr.WriteLine($"error: {problem}");
            }

            stderr.WriteLine("nothing was written");
            return ExitCodes.ContentErrors;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using (var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write))
        {
            file.Write(new UTF8Encoding(false).GetBytes(text));
        }

        stdout.WriteLine(relative);
        return ExitCodes.Success;
    }

    internal static string Hint(string? suggestion, string kind) => suggestion is null
        ? $"; create it first with 'briefing new {kind} \"Name\"', or fix the slug"
        : $" (did you mean '{suggestion}'?)";

    internal static Option<string[]> Repeated(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };
}
