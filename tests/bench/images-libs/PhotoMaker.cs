using SkiaSharp;

/// <summary>Deterministic photo-like 3000x2000 JPEGs: a gradient sky, soft shapes, fine grain (seeded).</summary>
internal static class PhotoMaker
{
    public static void Write(string path, int seed, int width = 3000, int height = 2000)
    {
        var random = new Random(seed);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        using (var sky = new SKPaint())
        {
            sky.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width * 0.3f, height),
                [Color(random), Color(random), Color(random)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, sky);
        }
        using (var paint = new SKPaint { IsAntialias = true })
        {
            for (var i = 0; i < 120; i++)
            {
                paint.Color = Color(random).WithAlpha((byte)random.Next(60, 220));
                paint.MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, random.Next(0, 40));
                canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(20, 400), paint);
            }
        }
        using var image = surface.Snapshot();
        using var bitmap = SKBitmap.FromImage(image);
        var pixels = bitmap.GetPixelSpan();
        var grain = new Random(seed + 1);
        for (var i = 0; i < pixels.Length; i++)
        {
            if ((i & 3) == 3) continue;
            pixels[i] = (byte)Math.Clamp(pixels[i] + grain.Next(-10, 11), 0, 255);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        File.WriteAllBytes(path, data.ToArray());
    }

    private static SKColor Color(Random random) =>
        new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
}
