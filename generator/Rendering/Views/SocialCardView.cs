namespace Briefing.Rendering.Views;

/// <summary>A page's own social card (<c>meta.image</c>): the image's absolute URL, its alternative text and size in pixels.</summary>
public sealed record SocialCardView(string Url, string Alt, int Width, int Height);
