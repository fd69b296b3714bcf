using System.Diagnostics;
using System.Text.Json;

namespace Briefing.BrowserTests.Support;

/// <summary>One message of the Nu Html Checker: the file, its line and what is wrong.</summary>
public sealed record NuMessage(string File, int Line, int Column, string Type, string Message, string Extract)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Type}: {Message}\n    {Extract.ReplaceLineEndings(" ")}";
}

/// <summary>Runs the Nu Html Checker (vnu.jar) over whole folders in one JVM (its start-up is ~5 s, a page ~3 ms).</summary>
public static class NuChecker
{
    /// <summary>Every error in the HTML files under <paramref name="folders"/> (feeds and other files are skipped).</summary>
    public static async Task<IReadOnlyList<NuMessage>> CheckAsync(string jar, IEnumerable<string> folders)
    {
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-jar", jar, "--errors-only", "--skip-non-html", "--format", "json" }.Concat(folders))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("java could not be started");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        // vnu writes its JSON report to stderr; exit 1 only means "there were errors".
        var report = (await stderr).Trim();
        if (!report.StartsWith('{'))
        {
            throw new InvalidOperationException($"vnu.jar exited {process.ExitCode} without a JSON report:\n{report}\n{await stdout}");
        }

        return Parse(report);
    }

    public static IReadOnlyList<NuMessage> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var messages = new List<NuMessage>();
        foreach (var message in document.RootElement.GetProperty("messages").EnumerateArray())
        {
            var url = Text(message, "url");
            // "file:/tmp/a%20b/index.html" (one slash: not a URI .NET parses as a file URI)
            var file = url.StartsWith("file:", StringComparison.Ordinal) ? Uri.UnescapeDataString(url["file:".Length..].TrimStart('/').Insert(0, "/")) : url;
            var line = Number(message, "lastLine") ?? Number(message, "firstLine") ?? 0;
            var column = Number(message, "firstColumn") ?? Number(message, "lastColumn") ?? 0;
            messages.Add(new NuMessage(file, line, column, Text(message, "type"), Text(message, "message"), Text(message, "extract")));
        }

        return messages;
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private static int? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
