using Briefing.BrowserTests.Support;

namespace Briefing.BrowserTests;

public sealed class NuCheckerTests
{
    [Fact]
    public void Report_IsReadAsFileLineAndMessage()
    {
        // Given the JSON vnu.jar writes (this one from the chart figure it once flagged)
        const string json = """
            {"version":"26.9.16","messages":[{"type":"error","url":"file:/tmp/site/companies/aws/index.html","lastLine":81,"lastColumn":109,
             "firstColumn":1,"message":"Element “div” not allowed as child of element “figure” in this context.","extract":"<div class=\"table-scroll\">"}]}
            """;

        var messages = NuChecker.Parse(json);

        var message = Assert.Single(messages);
        Assert.Equal("/tmp/site/companies/aws/index.html", message.File);
        Assert.Equal(81, message.Line);
        Assert.StartsWith("/tmp/site/companies/aws/index.html:81:1: error: Element “div” not allowed", message.ToString(), StringComparison.Ordinal);
    }
}
