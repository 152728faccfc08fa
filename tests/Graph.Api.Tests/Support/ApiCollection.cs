namespace Graph.Api.Tests.Support;

/// <summary>Tests that share one server (and so run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
