using Graph.Cypher.Engine.Tests.Support;
using Graph.Storage.Reading;
using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Tests.Expressions.Support;

/// <summary>
/// The graph expression tests read: Ann :Person:Employee {name, age 30, born 1990-05-17, tags ['a', 'b']},
/// Bob :Person {name, age 40}, Acme :Company {name}, and an empty unlabelled node.
/// r0 Ann-KNOWS->Bob, r1 Ann-WORKS_AT->Acme, r2 Bob-WORKS_AT->Acme.
/// </summary>
public sealed class ExpressionGraph : IDisposable
{
    public const int Ann = 0;
    public const int Bob = 1;
    public const int Acme = 2;
    public const int Nobody = 3;

    private readonly TestGraph _graph = TestGraph.Build(
        4,
        [(Ann, "KNOWS", Bob), (Ann, "WORKS_AT", Acme), (Bob, "WORKS_AT", Acme)],
        n => n switch
        {
            Ann => ["Person", "Employee"],
            Bob => ["Person"],
            Acme => ["Company"],
            _ => [],
        },
        n => n switch
        {
            Ann =>
            [
                new("name", PropertyValue.From("Ann")), new("age", PropertyValue.From(30L)),
                new("born", PropertyValue.From(new DateOnly(1990, 5, 17))), new("tags", PropertyValue.From(["a", "b"])),
            ],
            Bob => [new("name", PropertyValue.From("Bob")), new("age", PropertyValue.From(40L))],
            Acme => [new("name", PropertyValue.From("Acme"))],
            _ => [],
        });

    public IGraphReader Reader => _graph.Reader;

    public void Dispose() => _graph.Dispose();
}
