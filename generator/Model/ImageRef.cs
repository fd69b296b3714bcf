namespace Briefing.Model;

/// <summary>
/// An image a page shows: a briefing's hero (front matter <c>image:</c>), a company's <c>logo</c>, a person's <c>photo</c>.
/// </summary>
/// <param name="Source">The file, relative to the site root with '/' (<c>content/briefings/2025/x/photo.jpg</c>).</param>
/// <param name="Alt">The text that stands for the image; empty only when <paramref name="Decorative"/>.</param>
/// <param name="Decorative">Front matter <c>decorative: true</c>: the image adds nothing the text does not say (alt="").</param>
public sealed record ImageRef(string Source, string Alt, string? Caption, string? Credit, bool Decorative);
