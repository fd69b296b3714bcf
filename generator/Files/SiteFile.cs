namespace Briefing.Files;

/// <summary>A file of the site as a listing found it: its full path (links not resolved), size, and last-write time in UTC ticks.</summary>
public readonly record struct SiteFile(string Path, long Length, long LastWriteTicks);
