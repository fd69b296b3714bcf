using System.Text.Json.Serialization;
using Briefing.Rendering.Views;

namespace Briefing.Output;

/// <summary>
/// Source-generated JSON of the views templates see, for <see cref="ContentKeys"/>: every public property of every view
/// record, so a field added to a view is part of the pages' keys without anyone remembering it.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = false, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(SiteView))]
[JsonSerializable(typeof(MetaView))]
[JsonSerializable(typeof(ArticlePageView))]
[JsonSerializable(typeof(CompanyPageView))]
[JsonSerializable(typeof(PersonPageView))]
[JsonSerializable(typeof(TagPageView))]
[JsonSerializable(typeof(ListPageView))]
[JsonSerializable(typeof(IndexPageView))]
[JsonSerializable(typeof(MovesPageView))]
[JsonSerializable(typeof(FeedsPageView))]
[JsonSerializable(typeof(SearchPageView))]
[JsonSerializable(typeof(NotFoundPageView))]
[JsonSerializable(typeof(AuthorPageView))]
[JsonSerializable(typeof(ArchivePageView))]
[JsonSerializable(typeof(CorrectionsPageView))]
[JsonSerializable(typeof(StandalonePageView))]
[JsonSerializable(typeof(DigestPageView))]
[JsonSerializable(typeof(EditionView))]
[JsonSerializable(typeof(SubscribePageView))]
internal sealed partial class ViewJson : JsonSerializerContext;
