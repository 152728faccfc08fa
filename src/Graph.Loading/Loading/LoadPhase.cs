namespace Graph.Loading.Loading;

public enum LoadPhase
{
    /// <summary>Listing the dataset folder.</summary>
    Discover,

    /// <summary>Pass 1: reading every row for identity evidence; bad rows are rejected here.</summary>
    Resolve,

    /// <summary>Pass 2: mapping rows to the graph and committing batches.</summary>
    Write,

    /// <summary>Publishing the new snapshot and checkpointing.</summary>
    Publish,

    Done,
}
