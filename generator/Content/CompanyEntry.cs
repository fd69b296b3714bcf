using Briefing.Model;

namespace Briefing.Content;

/// <summary>A company as read, with where its <c>parent</c> was written (checked once every company is known).</summary>
internal sealed record CompanyEntry(Company Company, SourceSpan ParentSpan);
