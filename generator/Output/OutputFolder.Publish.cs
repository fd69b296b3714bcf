namespace Briefing.Output;

/// <summary>Publishing: the swap for a fresh output, file-by-file moves and stale-file removal for an existing one.</summary>
internal sealed partial class OutputFolder
{
    /// <summary>Makes the output exactly what this build produced. Call only when the whole build succeeded.</summary>
    public void Publish()
    {
        if (!_incremental)
        {
            Directory.Move(StagingRoot, _output);
            _published = true;
            return;
        }

        var staged = Directory.GetFiles(StagingRoot, "*", SearchOption.AllDirectories);
        Array.Sort(staged, StringComparer.Ordinal);
        foreach (var file in staged)
        {
            var target = Path.Combine(_output, Path.GetRelativePath(StagingRoot, file));
            var folder = Path.GetDirectoryName(target)!;
            if (File.Exists(folder))
            {
                File.Delete(folder); // a file where this build needs a folder
            }

            Directory.CreateDirectory(folder);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true); // a folder where this build needs a file
            }

            File.Move(file, target, overwrite: true);
        }

        RemoveStale();
        Directory.Delete(StagingRoot, recursive: true);
        _published = true;
    }

    private void RemoveStale()
    {
        var removed = 0;
        foreach (var file in Directory.GetFiles(_output, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(_output, file).Replace('\\', '/');
            if (!_produced.ContainsKey(relative))
            {
                File.Delete(file);
                removed++;
            }
        }

        // Deepest folders first, so a folder emptied by its children's removal goes too.
        foreach (var folder in Directory.GetDirectories(_output, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        Removed = removed;
    }

    /// <summary>Buffers a generated file and hands its bytes to <see cref="Write"/> when disposed.</summary>
    private sealed class PendingFile(OutputFolder owner, string route) : MemoryStream
    {
        private bool _done;

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_done)
            {
                _done = true;
                owner.Write(route, GetBuffer().AsSpan(0, (int)Length));
            }

            base.Dispose(disposing);
        }
    }
}
