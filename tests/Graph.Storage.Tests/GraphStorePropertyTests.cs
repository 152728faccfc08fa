using CsCheck;
using Graph.Storage.Tests.Support;
using Graph.Storage.Writing;

namespace Graph.Storage.Tests;

public sealed class GraphStorePropertyTests
{
    private static readonly StoreOptions Options = new() { Fsync = false, Indexes = GraphGen.TestIndexes };

    [Fact]
    public void Random_batches_agree_with_a_naive_model_through_publish_checkpoint_replay_and_reopen()
    {
        GraphGen.Scenario.Sample(steps =>
        {
            using var folder = new TempDirectory();
            var model = new GraphModel();
            GraphStore store = GraphStore.Open(folder.Path, Options);
            try
            {
                foreach ((GraphMutation[] mutations, StepAction after) in steps)
                {
                    CommitOrReject(store, model, mutations);
                    switch (after)
                    {
                        case StepAction.Publish:
                            ModelAssert.Matches(model, store.Publish(), Options.Indexes);
                            break;
                        case StepAction.Checkpoint:
                            store.Checkpoint();
                            break;
                        case StepAction.Reopen:
                            store.Dispose();
                            store = GraphStore.Open(folder.Path, Options);
                            ModelAssert.Matches(model, store.Snapshot, Options.Indexes);
                            break;
                    }
                }

                ModelAssert.Matches(model, store.Publish(), Options.Indexes);
                ModelAssert.Matches(model, GraphStore.OpenReadOnly(folder.Path, Options), Options.Indexes);
                store.Checkpoint();
                store.Dispose();
                store = GraphStore.Open(folder.Path, Options);
                ModelAssert.Matches(model, store.Snapshot, Options.Indexes);
            }
            finally
            {
                store.Dispose();
            }
        }, iter: 100, threads: 1);
    }

    private static void CommitOrReject(GraphStore store, GraphModel model, GraphMutation[] mutations)
    {
        string? expectedError = model.ExpectedError(mutations);
        if (expectedError is null)
        {
            store.Commit(GraphGen.ToBatch(mutations));
            model.Apply(mutations);
        }
        else
        {
            long version = store.Version;
            var error = Assert.Throws<StoreException>(() => store.Commit(GraphGen.ToBatch(mutations)));
            Assert.Equal(expectedError, error.Code);
            Assert.Equal(version, store.Version);
        }
    }
}
