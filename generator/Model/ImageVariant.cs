namespace Briefing.Model;

/// <summary>One width of a processed image: a WebP file and one in the source's format (the fallback), same pixels.</summary>
public sealed record ImageVariant(int Width, int Height, string WebpRoute, string FallbackRoute);
