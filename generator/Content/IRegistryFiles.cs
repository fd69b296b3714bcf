using Briefing.Caching;

namespace Briefing.Content;

/// <summary>Registry files as read before (serve's <see cref="LoadMemory"/>, the build's <see cref="RegistryCache"/>): one whose stamp held is not read again.</summary>
internal interface IRegistryFiles
{
    /// <summary>
    /// The entry of one registry file: remembered while the file keeps <paramref name="stamp"/> (and the size limit
    /// stays), else read by <paramref name="read"/> into its own diagnostics. Either way its diagnostics go to <paramref name="bag"/>.
    /// </summary>
    T? File<T>(string path, FileStamp stamp, long maxBytes, DiagnosticBag bag, Func<DiagnosticBag, T?> read)
        where T : class;
}
