using System.Text;
using NUglify;
using NUglify.Css;

namespace Briefing.Output;

/// <summary>Minifies the theme's stylesheet for the site (the theme's copy stays readable).</summary>
internal static class StylesheetMinifier
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>
    /// The minified stylesheet; the original bytes when NUglify reports an error (a stylesheet it cannot parse is
    /// published as written rather than half-minified). Deterministic: the same input gives the same bytes.
    /// </summary>
    public static byte[] Minify(byte[] css)
    {
        var settings = new CssSettings
        {
            CommentMode = CssComment.None,
            ColorNames = CssColor.Hex,
            OutputMode = NUglify.OutputMode.SingleLine,
        };
        var result = Uglify.Css(Utf8.GetString(css), settings);
        return result.HasErrors || string.IsNullOrEmpty(result.Code) ? css : Utf8.GetBytes(result.Code);
    }
}
