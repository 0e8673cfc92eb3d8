namespace Corpus.Tests.Support;

/// <summary>
/// Approved-file snapshots: <c>Snapshots/{name}.approved.txt</c> holds the expected text byte for byte. A mismatch
/// writes <c>{name}.received.txt</c> beside it and fails; set CORPUS_APPROVE=1 to accept the received text.
/// </summary>
internal static class Approvals
{
    public static void Verify(string name, string actual)
    {
        var directory = Path.Combine(RepositoryRoot.Path, "tests", "Corpus.Tests", "Snapshots");
        VerifyFile(Path.Combine(directory, name + ".approved.txt"), Path.Combine(directory, name + ".received.txt"), actual);
    }

    /// <summary>Compares <paramref name="actual"/> with the file at <paramref name="approvedPath"/>, the same way.</summary>
    public static void VerifyFile(string approvedPath, string receivedPath, string actual)
    {
        var name = Path.GetFileName(approvedPath);
        var directory = Path.GetDirectoryName(approvedPath)!;
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : null;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("CORPUS_APPROVE") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(approvedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(approved is null
            ? $"No approved snapshot '{approvedPath}'. Review '{receivedPath}' and rename it to approve."
            : $"Snapshot '{name}' differs from the approved file (first difference at character {FirstDifference(approved, actual)}). "
              + $"Compare '{receivedPath}' with '{approvedPath}'.");
    }

    private static int FirstDifference(string left, string right)
    {
        var length = Math.Min(left.Length, right.Length);
        for (var i = 0; i < length; i++)
        {
            if (left[i] != right[i]) return i;
        }

        return length;
    }
}

/// <summary>The repository's root: the nearest folder above the test binaries that holds Corpus.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Corpus.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException($"No Corpus.sln above {AppContext.BaseDirectory}.");
    }
}
