using System.CommandLine;
using Briefing.Content;

namespace Briefing.Cli;

/// <summary><c>briefing new author "Name" [--role ROLE] [--email ADDRESS]</c>: writes <c>content/authors/&lt;slug&gt;.yml</c>.</summary>
internal static class NewAuthor
{
    public static Command Command(TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string>("name") { Description = "The author's name as bylines show it; the file name is made from it." };
        var source = CommonOptions.Source();
        var role = new Option<string?>("--role") { Description = "Their job at the desk, for example Editor." };
        var email = new Option<string?>("--email") { Description = "An address readers may write to (shown as a mailto link)." };
        var command = new Command("author", "Write content/authors/<slug>.yml, with a bio to fill in.") { name, source, role, email };
        command.SetAction(parse =>
        {
            var problems = new List<string>();
            var address = parse.GetValue(email)?.Trim();
            if (address is not null && !EmailValue.IsValid(address))
            {
                problems.Add($"--email '{address}' is not an address such as desk@example.org");
            }

            var roleText = parse.GetValue(role)?.Trim();
            var entryName = parse.GetValue(name)!.Trim();
            return NewCommand.Write(parse.GetValue(source)!.FullName, "authors", entryName, "name", problems,
                Scaffold.Author(entryName, string.IsNullOrEmpty(roleText) ? null : roleText, address), stdout, stderr);
        });
        return command;
    }
}
