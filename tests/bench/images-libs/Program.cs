using System.Diagnostics;
using ImageMagick;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;
using SkiaSharp;

// Same photos for every candidate: decode, resize to 4 widths, encode WebP and JPEG (quality 80), in memory.
// Each library in its own idiom (libvips: thumbnail with shrink-on-load; Skia: decode once, resize from the previous
// variant down; ImageSharp and Magick: decode once, resize each width from the original).
if (args is ["fixture", var content])
{
    FixtureImages.Write(content);
    return;
}

if (args is ["photos", var number, var folder])
{
    Directory.CreateDirectory(folder);
    Parallel.For(0, int.Parse(number), i =>
    {
        var file = Path.Combine(folder, $"photo-{i:D4}.jpg");
        if (!File.Exists(file)) PhotoMaker.Write(file, i);
    });
    return;
}

var count = args.Length > 0 ? int.Parse(args[0]) : 8;
var dir = args.Length > 1 ? args[1] : "/tmp/images-libs";
var only = args.Length > 2 ? args[2] : "";
int[] widths = [1600, 1200, 800, 480];
const int Quality = 80;
Directory.CreateDirectory(dir);
var photos = Enumerable.Range(0, count).Select(i => Path.Combine(dir, $"photo-{i:D4}.jpg")).ToArray();
for (var i = 0; i < count; i++)
{
    if (!File.Exists(photos[i])) PhotoMaker.Write(photos[i], i);
}

var candidates = new (string Name, Func<string, long> Run)[]
{
    ("NetVips 3.2.0 (libvips 8.18.7)", Vips),
    ("SkiaSharp 4.156.1", Skia),
    ("SixLabors.ImageSharp 2.1.13", Sharp),
    ("Magick.NET-Q8 15.1.0", Magick),
};
NetVips.Cache.Max = 0;
foreach (var (name, run) in candidates)
{
    if (only.Length > 0 && !name.Contains(only, StringComparison.OrdinalIgnoreCase)) continue;
    run(photos[0]); // warm-up: JIT, native library load
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    long bytes = 0;
    foreach (var p in photos) bytes += run(p);
    var wall = watch.Elapsed.TotalMilliseconds;
    var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
    Console.WriteLine($"| {name} | {wall / count:F0} ms | {used / count:F0} ms | {bytes / count / 1024} KiB |");
}

static long Vips(string path)
{
    long total = 0;
    foreach (var w in new[] { 1600, 1200, 800, 480 })
    {
        using var thumb = NetVips.Image.Thumbnail(path, w);
        using var t = thumb.CopyMemory();
        total += t.WebpsaveBuffer(q: Quality, keep: NetVips.Enums.ForeignKeep.None).Length;
        total += t.JpegsaveBuffer(q: Quality, keep: NetVips.Enums.ForeignKeep.None).Length;
    }
    return total;
}

static long Skia(string path)
{
    long total = 0;
    using var full = SKBitmap.Decode(path);
    var source = full;
    foreach (var w in new[] { 1600, 1200, 800, 480 })
    {
        var h = (int)Math.Round((double)full.Height * w / full.Width);
        var next = source.Resize(new SKImageInfo(w, h), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(next);
        using (var webp = image.Encode(SKEncodedImageFormat.Webp, Quality)) total += webp.Size;
        using (var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, Quality)) total += jpeg.Size;
        if (!ReferenceEquals(source, full)) source.Dispose();
        source = next;
    }
    if (!ReferenceEquals(source, full)) source.Dispose();
    return total;
}

static long Sharp(string path)
{
    long total = 0;
    using var full = SixLabors.ImageSharp.Image.Load(path);
    foreach (var w in new[] { 1600, 1200, 800, 480 })
    {
        using var v = full.Clone(x => x.Resize(w, 0));
        using var a = new MemoryStream();
        v.SaveAsWebp(a, new WebpEncoder { Quality = Quality });
        using var b = new MemoryStream();
        v.SaveAsJpeg(b, new JpegEncoder { Quality = Quality });
        total += a.Length + b.Length;
    }
    return total;
}

static long Magick(string path)
{
    long total = 0;
    using var full = new MagickImage(path);
    foreach (var w in new[] { 1600, 1200, 800, 480 })
    {
        using var v = full.Clone();
        v.Resize((uint)w, 0);
        v.Strip();
        v.Quality = Quality;
        total += v.ToByteArray(MagickFormat.WebP).Length;
        total += v.ToByteArray(MagickFormat.Jpeg).Length;
    }
    return total;
}
