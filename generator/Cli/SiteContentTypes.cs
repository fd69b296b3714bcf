using Microsoft.AspNetCore.StaticFiles;

namespace Briefing.Cli;

/// <summary>The content types <c>serve</c> answers with: ASP.NET Core's table plus Pagefind's index files, which it does not know.</summary>
internal static class SiteContentTypes
{
    public static FileExtensionContentTypeProvider Create()
    {
        var provider = new FileExtensionContentTypeProvider();
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter" })
        {
            provider.Mappings[extension] = "application/octet-stream";
        }

        return provider;
    }
}
