namespace Graph.Storage.Tests.Support;

internal enum StepAction
{
    None,
    Publish,
    Checkpoint,
    Reopen,
}
