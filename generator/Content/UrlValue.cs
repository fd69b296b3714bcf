using Briefing.Model;

namespace Briefing.Content;

/// <summary>Validates URLs from front matter and registries: absolute http(s) only (no javascript:, no relative).</summary>
internal static class UrlValue
{
    public static Uri? Parse(Located<string>? value, string key, DiagnosticBag diagnostics)
    {
        if (value is not { } located)
        {
            return null;
        }

        if (Uri.TryCreate(located.Value.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(uri.Host))
        {
            return uri;
        }

        diagnostics.Error(DiagnosticCodes.InvalidUrl, located.Span, $"'{key}' must be an absolute http(s) URL, not '{located.Value}'");
        return null;
    }
}
