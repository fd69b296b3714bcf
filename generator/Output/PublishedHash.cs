namespace Briefing.Output;

/// <summary>Two hashes of a site's published URLs: of the routes alone, and of the routes with what published them.</summary>
internal readonly record struct PublishedHash(UInt128 Routes, UInt128 All);
