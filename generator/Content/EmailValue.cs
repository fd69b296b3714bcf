using System.Text.RegularExpressions;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// Validates an email address from a registry: a bare <c>name@example.org</c>, nothing a <c>mailto:</c> link could
/// carry besides (no display name, no spaces, no <c>?subject=</c>, no second address).
/// </summary>
internal static partial class EmailValue
{
    public static string? Parse(Located<string>? value, DiagnosticBag diagnostics)
    {
        if (value is not { } located)
        {
            return null;
        }

        var text = located.Value.Trim();
        if (IsValid(text))
        {
            return text;
        }

        diagnostics.Error(DiagnosticCodes.InvalidEmail, located.Span,
            $"'email' must be an address such as desk@example.org, not '{located.Value}'");
        return null;
    }

    public static bool IsValid(string text) => text.Length <= 254 && Address().IsMatch(text);

    // The local part: the characters of RFC 5322's dot-atom, dots not leading, trailing or doubled; the domain: labels of
    // letters, digits and inner hyphens, at least two.
    [GeneratedRegex(@"^[A-Za-z0-9!#$%'*+/=^_`{|}~-]+(\.[A-Za-z0-9!#$%'*+/=^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")]
    private static partial Regex Address();
}
