namespace Briefing.Content;

/// <summary>
/// Reads many content files in parallel with results and diagnostics in file order: each file gets its own
/// <see cref="DiagnosticBag"/>, merged into <c>diagnostics</c> in the order of <c>files</c> afterwards.
/// </summary>
internal static class FileBatch
{
    public static List<T> Read<T>(IReadOnlyList<string> files, DiagnosticBag diagnostics, Func<string, DiagnosticBag, T?> read)
        where T : class
    {
        var results = new (T? Item, DiagnosticBag Bag)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var bag = new DiagnosticBag();
            results[i] = (read(files[i], bag), bag);
        });

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
