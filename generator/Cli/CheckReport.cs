using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Content;
using Briefing.Model;

namespace Briefing.Cli;

/// <summary>The JSON form of <c>briefing check</c>: counts, then every diagnostic as {path, line, column, severity, code, message}.</summary>
internal static class CheckReport
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="load">The load when it succeeded (for the counts of briefings), else null.</param>
    public static string ToJson(IReadOnlyList<Diagnostic> sorted, int errors, int warnings, LoadResult? load)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("errors", errors);
            json.WriteNumber("warnings", warnings);
            if (load?.Model is { } model)
            {
                json.WriteNumber("briefings", model.Articles.Count);
                json.WriteNumber("drafts_left_out", load.DraftsLeftOut);
                json.WriteNumber("scheduled_left_out", load.ScheduledLeftOut);
            }

            json.WriteStartArray("diagnostics");
            foreach (var d in sorted)
            {
                json.WriteStartObject();
                json.WriteString("path", d.Span.Path);
                json.WriteNumber("line", d.Span.Line);
                json.WriteNumber("column", d.Span.Column);
                json.WriteString("severity", d.IsError ? "error" : "warning");
                json.WriteString("code", d.Code.Id);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
