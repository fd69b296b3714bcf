using Briefing.Output;

namespace Briefing.Tests.Output;

/// <summary>The staging folder under parallel writers: many files into one new folder at once (the social cards).</summary>
public sealed class OutputFolderConcurrencyTests
{
    [Fact]
    public void ManyThreadsWritingIntoOneNewFolder_AllSucceed_AndEveryFileIsPublished()
    {
        var root = Path.Combine(Path.GetTempPath(), "briefing-folder-race-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            // Given fresh staging folders, again and again (the race is for the first writes into a folder)
            for (var round = 0; round < 100; round++)
            {
                var output = Path.Combine(root, $"public{round}");
                using var staging = new OutputFolder(output);

                // When 64 writers put files into the same new folders at once
                Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
                    staging.Write($"/cards/{round}/{i % 4}/{i}.png", [(byte)i]));
                staging.Publish();

                // Then none failed, and every file is there with its bytes
                Assert.Equal(64, Directory.GetFiles(Path.Combine(output, "cards", $"{round}"), "*.png", SearchOption.AllDirectories).Length);
                Assert.Equal([(byte)63], File.ReadAllBytes(Path.Combine(output, "cards", $"{round}", "3", "63.png")));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
