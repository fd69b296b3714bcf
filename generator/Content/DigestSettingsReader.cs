using Briefing.Model;

namespace Briefing.Content;

/// <summary>site.yml's <c>timezone</c> and <c>newsletter:</c> block: the digest's week boundaries and the sign-up form.</summary>
internal static class DigestSettingsReader
{
    private static readonly string[] NewsletterKeys = ["action", "field", "provider", "unsubscribe"];

    /// <summary>The IANA id of <c>timezone</c>, or UTC; an unknown id is BRF075 at its value.</summary>
    public static string TimeZone(MappingReader reader)
    {
        if (reader.String("timezone") is not { } zone)
        {
            return SiteConfig.DefaultTimeZone;
        }

        if (SiteTimeZone.Find(zone.Value) is not null)
        {
            return zone.Value;
        }

        reader.Diagnostics.Error(DiagnosticCodes.InvalidTimeZone, zone.Span,
            $"timezone '{zone.Value}' is not an IANA time zone id; write one such as UTC, Europe/Berlin or America/New_York");
        return SiteConfig.DefaultTimeZone;
    }

    /// <summary>The <c>newsletter:</c> block, or null when absent or invalid (BRF076 at the value at fault).</summary>
    public static Newsletter? Newsletter(MappingReader reader)
    {
        if (reader.Mapping("newsletter", NewsletterKeys) is not { } block)
        {
            return null;
        }

        var action = block.String("action", required: true);
        var field = block.String("field");
        var provider = block.String("provider");
        var unsubscribe = block.String("unsubscribe");
        var ok = action is not null;
        if (action is { } a && !(Uri.TryCreate(a.Value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            block.Diagnostics.Error(DiagnosticCodes.InvalidNewsletter, a.Span,
                $"newsletter action '{a.Value}' is not an absolute https URL; copy the sign-up form's action URL from your mailing service");
            ok = false;
        }

        if (field is { } f && (f.Value.Length == 0 || !f.Value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '[' or ']')))
        {
            block.Diagnostics.Error(DiagnosticCodes.InvalidNewsletter, f.Span,
                $"newsletter field '{f.Value}' is not a form field name (letters, digits, '-', '_', '[', ']'); use the name your service's form gives its email input");
            ok = false;
        }

        return ok ? new Newsletter(action!.Value.Value.Trim(), field?.Value ?? Model.Newsletter.DefaultField, provider?.Value)
            {
                Unsubscribe = unsubscribe?.Value ?? Model.Newsletter.DefaultUnsubscribe,
            }
            : null;
    }
}
