using System.Security.Cryptography;
using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// The theme's static files. <c>site.css</c> is fingerprinted (<c>site.3f2a9c1b04.css</c>) so it can be cached
/// for a year; everything else keeps its name.
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
                    var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
                    relative = $"site.{hash}.css";
                    stylesheet = Routes.Asset(relative);
                }

                files.Add((Routes.Asset(relative), bytes));
            }
        }

        return new ThemeAssets(files, stylesheet);
    }
}
