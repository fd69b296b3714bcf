namespace Briefing.Content;

/// <summary>
/// Reads many content files in parallel with results and diagnostics in file order: each file gets its own
/// <see cref="DiagnosticBag"/>, merged into <c>diagnostics</c> in the order of <c>files</c> afterwards.
/// </summary>
internal static class FileBatch
{
    /// <summary>An exception out of <paramref name="read"/> becomes a <see cref="ContentReadException"/> naming the file (the first in file order).</summary>
    public static List<T> Read<T>(ContentPaths paths, IReadOnlyList<string> files, DiagnosticBag diagnostics, Func<string, DiagnosticBag, T?> read)
        where T : class
    {
        var results = new (T? Item, DiagnosticBag Bag)[files.Count];
        var failures = new Exception?[files.Count];
        Parallel.For(0, files.Count, Model.Workers.Options(), i =>
        {
            var bag = new DiagnosticBag();
            try
            {
                results[i] = (read(files[i], bag), bag);
            }
            catch (Exception ex)
            {
                // Caught per file rather than as Parallel.For's AggregateException: the path is known only here.
                failures[i] = ex;
            }
        });

        if (Array.FindIndex(failures, f => f is not null) is var failed and >= 0)
        {
            throw new ContentReadException(paths.Relative(files[failed]), failures[failed]!);
        }

        var list = new List<T>(files.Count);
        foreach (var (item, bag) in results)
        {
            diagnostics.AddRange(bag.Items);
            if (item is not null)
            {
                list.Add(item);
            }
        }

        return list;
    }
}
