namespace Graph.Api.Store;

/// <summary>The names, sizes and write times of a store folder's files: changes when a load writes to it.</summary>
public static class StoreFolderFingerprint
{
    public static string Of(string path)
    {
        if (!Directory.Exists(path))
        {
            return "";
        }

        var files = new DirectoryInfo(path).EnumerateFiles("*", SearchOption.TopDirectoryOnly)
            .Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}")
            .Order(StringComparer.Ordinal);
        return string.Join("|", files);
    }
}
