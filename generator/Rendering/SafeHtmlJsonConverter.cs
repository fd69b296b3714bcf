using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Rendering;

/// <summary>
/// <see cref="SafeHtml"/> in JSON as the string it holds: the views' JSON (pages' content keys) stays the same whether
/// a field is typed as text or as HTML.
/// </summary>
public sealed class SafeHtmlJsonConverter : JsonConverter<SafeHtml>
{
    public override SafeHtml Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? string.Empty);

    public override void Write(Utf8JsonWriter writer, SafeHtml value, JsonSerializerOptions options)
    {
        // Held as UTF-8: the same JSON string, without decoding it first.
        if (value.IsUtf8)
        {
            writer.WriteStringValue(value.Utf8);
        }
        else
        {
            writer.WriteStringValue(value.Html);
        }
    }
}
