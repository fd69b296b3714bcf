using System.Text.Json.Serialization;
using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// Source-generated JSON for <see cref="BuildFingerprint"/>: the model's records serialized without reflection
/// (every public property, so a field added to a record is part of the fingerprint without anyone remembering it).
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(Article[]))]
[JsonSerializable(typeof(SiteConfig))]
[JsonSerializable(typeof(Company[]))]
[JsonSerializable(typeof(Person[]))]
[JsonSerializable(typeof(Tag[]))]
[JsonSerializable(typeof(Author[]))]
[JsonSerializable(typeof(Page[]))]
internal sealed partial class FingerprintJson : JsonSerializerContext;
