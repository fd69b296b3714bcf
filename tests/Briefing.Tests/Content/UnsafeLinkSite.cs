using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>
/// A briefing whose body (from line 8) holds every known way to smuggle a script or local URL into a link or image,
/// one per paragraph, then the safe kinds of link on line 34; built once for the tests that share it.
/// </summary>
public sealed class UnsafeLinkSite : IDisposable
{
    public const string Path = "content/briefings/2025/x.md";

    public UnsafeLinkSite()
    {
        Site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            companies: []
            sources: [{name: Reuters}]
            ---
            Click [inline](javascript:alert(1)) now.

            ![image alt](javascript:alert(2))

            [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==)

            See <javascript:alert(4)> here.

            [entity](&#106;avascript:alert(5))

            [tab entity](java&#9;script:alert(6)) and [tab](<javaTABscript:alert(6)>)

            [upper](JAVASCRIPT:alert(7))

            [reference][r]

            [vb](vbscript:msgbox(9))

            [file](file:///etc/passwd)

            > Quoted [quote](javascript:alert(10)) text.

            - item [colon](javascript&colon;alert(11))

            [escaped](javascript\:alert(12))

            Safe: [https](https://example.com/a) [mail](mailto:a@example.com) [root](/about/) [frag](#top) [rel](relative.md) [up](../x.html) [query](?q=a:b) <https://example.com/auto>

            [r]: javascript:alert(8)
            """.Replace("TAB", "\t", StringComparison.Ordinal));
        Run = Site.BuildSucceeding();
    }

    public TestSite Site { get; }

    public CliRun Run { get; }

    public void Dispose() => Site.Dispose();
}
