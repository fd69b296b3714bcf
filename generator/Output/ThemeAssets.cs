using System.Security.Cryptography;
using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// The theme's static files: <c>assets/</c> goes to <c>/assets/</c>, <c>static/</c> to the site root (<c>/favicon.ico</c>).
/// <c>site.css</c> is minified and fingerprinted (<c>site.3f2a9c1b04.css</c>, the hash of the minified bytes) so it can be
/// cached for a year; everything else keeps its name and bytes.
/// </summary>
internal sealed class ThemeAssets
{
    private ThemeAssets(IReadOnlyList<(string Route, byte[] Bytes)> files, string stylesheetRoute)
    {
        Files = files;
        StylesheetRoute = stylesheetRoute;
    }

    public IReadOnlyList<(string Route, byte[] Bytes)> Files { get; }

    public string StylesheetRoute { get; }

    public static ThemeAssets Load(string themeRoot)
    {
        var folder = Path.Combine(themeRoot, "assets");
        var files = new List<(string, byte[])>();
        var stylesheet = Routes.Asset("site.css");
        if (Directory.Exists(folder))
        {
            var paths = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
            Array.Sort(paths, StringComparer.Ordinal);
            foreach (var path in paths)
            {
                var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
                var bytes = File.ReadAllBytes(path);
                if (relative == "site.css")
                {
                    bytes = StylesheetMinifier.Minify(bytes);
                    var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
                    relative = $"site.{hash}.css";
                    stylesheet = Routes.Asset(relative);
                }

                files.Add((Routes.Asset(relative), bytes));
            }
        }

        var root = Path.Combine(themeRoot, "static");
        if (Directory.Exists(root))
        {
            var paths = Directory.GetFiles(root, "*", SearchOption.AllDirectories);
            Array.Sort(paths, StringComparer.Ordinal);
            files.AddRange(paths.Select(p => ("/" + Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllBytes(p))));
        }

        return new ThemeAssets(files, stylesheet);
    }
}
