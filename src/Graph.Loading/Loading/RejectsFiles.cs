using System.Globalization;
using Graph.Records.Issues;

namespace Graph.Loading.Loading;

/// <summary>Where a load's rejects file goes and how it is opened.</summary>
internal static class RejectsFiles
{
    /// <summary><c>&lt;store&gt;/rejects/&lt;utc timestamp&gt;.csv</c>, with a suffix if a load in the same millisecond took the name.</summary>
    public static string DefaultPath(string storePath, DateTimeOffset startedAt)
    {
        var folder = Path.Combine(storePath, "rejects");
        var stamp = startedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        var path = Path.Combine(folder, stamp + ".csv");
        for (var n = 1; File.Exists(path); n++)
        {
            path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{stamp}-{n}.csv"));
        }

        return path;
    }

    public static RejectsFileWriter Open(string path)
    {
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            return new RejectsFileWriter(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LoadException(LoadErrorCodes.RejectsUnwritable, $"rejects file '{path}' cannot be created: {ex.Message}", ex);
        }
    }
}
