namespace Graph.Loading.Loading;

/// <summary>Stable codes of loader failures that reach the user (record-level codes are Graph.Records' REC0xx).</summary>
public static class LoadErrorCodes
{
    /// <summary>A load failure without a more specific code.</summary>
    public const string Failed = "LOAD000";

    /// <summary>The dataset folder does not exist or cannot be listed.</summary>
    public const string DatasetNotFound = "LOAD001";

    /// <summary>The rejects file cannot be created.</summary>
    public const string RejectsUnwritable = "LOAD002";
}
