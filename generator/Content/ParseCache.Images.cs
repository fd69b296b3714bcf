using Briefing.Caching;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>The binary form of a cached briefing's images: its hero and every local image file it names.</summary>
internal sealed partial class ParseCache
{
    private static void WriteImages(BinaryWriter w, ParsedArticle a, SpanCodec spans)
    {
        w.Write(a.Image is not null);
        if (a.Image is { } image)
        {
            w.Write(image.Source);
            w.Write(image.Alt);
            WriteOptional(w, image.Caption);
            WriteOptional(w, image.Credit);
            w.Write(image.Decorative);
        }

        w.Write(a.ImageFiles.Count);
        foreach (var file in a.ImageFiles)
        {
            spans.Write(w, file);
        }
    }

    private static (ImageRef? Image, IReadOnlyList<Located<string>> Files) ReadImages(BinaryReader r, SpanCodec spans)
    {
        var image = r.ReadBoolean() ? new ImageRef(r.ReadString(), r.ReadString(), ReadOptional(r), ReadOptional(r), r.ReadBoolean()) : null;
        var files = new Located<string>[BuildStamp.ReadCount(r)];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = spans.ReadLocated(r);
        }

        return (image, files);
    }
}
