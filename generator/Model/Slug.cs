using System.Globalization;
using System.Text;

namespace Briefing.Model;

/// <summary>The one shape a slug may have: lowercase ASCII letters and digits, joined by single hyphens.</summary>
public static class Slug
{
    public static bool IsValid(string? text)
    {
        if (string.IsNullOrEmpty(text) || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && text[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A slug made from a name: "José Núñez" → "jose-nunez", "Amazon Web Services (AWS)" → "amazon-web-services-aws".</summary>
    public static string From(string text)
    {
        var decomposed = text.Replace("ø", "o").Replace("Ø", "O").Replace("ł", "l").Replace("Ł", "L").Replace("ß", "ss")
            .Replace("ı", "i").Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return sb.ToString();
    }
}
