using Graph.Algorithms.Centrality;
using Graph.Algorithms.Clustering;
using Graph.Algorithms.Community;
using Graph.Algorithms.Components;
using Graph.Algorithms.Paths;
using Graph.Algorithms.Projection;
using Graph.Algorithms.Similarity;
using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Procedures;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;

namespace Graph.Algorithms.Procedures;

/// <summary>
/// The graph algorithms as Cypher procedures (graph.*). Each call projects the current snapshot
/// (labels: any of; types: any of; null for all) and runs one algorithm under the query's guard.
/// The binder has no optional arguments, so every argument is passed, null for the default:
/// <c>CALL graph.wcc(null, null) YIELD node, component</c>. As a standalone statement the
/// arguments may be left off and are then read from query parameters of the same names.
/// </summary>
public static class AlgorithmProcedures
{
    private static readonly CypherType Names = CypherType.ListOf(CypherType.String);

    private static readonly ProcedureField Labels = new("labels", Names);

    private static readonly ProcedureField Types = new("types", Names);

    private static readonly ProcedureField Node = new("node", CypherType.Node);

    public static void Register(ProcedureRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        RegisterNodeScores(registry, "graph.wcc", "component", CypherType.Integer, Orientation.Natural, (graph, _, token) => Integers(ConnectedComponents.Weak(graph, token).Component));
        RegisterNodeScores(registry, "graph.scc", "component", CypherType.Integer, Orientation.Natural, (graph, _, token) => Integers(ConnectedComponents.Strong(graph, token).Component));
        RegisterNodeScores(registry, "graph.louvain", "community", CypherType.Integer, Orientation.Undirected, (graph, _, token) => Integers(Louvain.Run(graph, null, token).Community));
        RegisterNodeScores(
            registry, "graph.leiden", "community", CypherType.Integer, Orientation.Undirected, (graph, _, token) => Integers(Louvain.Run(graph, new LouvainOptions { Refine = true }, token).Community));
        RegisterNodeScores(registry, "graph.labelPropagation", "community", CypherType.Integer, Orientation.Undirected, (graph, _, token) => Integers(LabelPropagation.Run(graph, null, token).Community));
        RegisterNodeScores(registry, "graph.pageRank", "score", CypherType.Float, Orientation.Natural, (graph, _, token) => Floats(PageRank.Run(graph, null, token).Scores));
        RegisterNodeScores(registry, "graph.degree", "score", CypherType.Float, Orientation.Undirected, (graph, _, token) => Floats(DegreeCentrality.Run(graph, DegreeDirection.Both, false, token)));
        RegisterNodeScores(
            registry,
            "graph.betweenness",
            "score",
            CypherType.Float,
            Orientation.Undirected,
            (graph, arguments, token) => Floats(Betweenness.Run(graph, new BetweennessOptions { Samples = ProcedureArguments.Integer(arguments, 2, "samples", minimum: 1) }, token)),
            new ProcedureField("samples", CypherType.Integer));
        RegisterTriangles(registry);
        RegisterSimilarity(registry);
        RegisterKShortestPaths(registry);
    }

    /// <summary>name(labels, types[, extra]) YIELD node, field: one row per projected node.</summary>
    private static void RegisterNodeScores(
        ProcedureRegistry registry,
        string name,
        string field,
        CypherType type,
        Orientation orientation,
        Func<GraphProjection, IReadOnlyList<CypherValue>, CancellationToken, CypherValue[]> algorithm,
        ProcedureField? extra = null)
    {
        ProcedureField[] parameters = extra is null ? [Labels, Types] : [Labels, Types, extra];
        registry.Register(new ProcedureSignature(name, parameters, [Node, new ProcedureField(field, type)]), Body);

        IEnumerable<CypherValue[]> Body(IReadOnlyList<CypherValue> arguments, QueryContext context)
        {
            var (graph, values) = GuardedRun.Run(context, token =>
            {
                GraphProjection projection = Project(context, arguments, orientation, token);
                return (projection, algorithm(projection, arguments, token));
            });
            for (int v = 0; v < graph.NodeCount; v++)
            {
                context.Guard.Tick();
                yield return [CypherValue.Node(graph.OriginalId(v)), values[v]];
            }
        }
    }

    private static void RegisterTriangles(ProcedureRegistry registry)
    {
        var outputs = new[] { Node, new ProcedureField("triangles", CypherType.Integer), new ProcedureField("coefficient", CypherType.Float) };
        registry.Register(new ProcedureSignature("graph.triangles", [Labels, Types], outputs), Body);

        static IEnumerable<CypherValue[]> Body(IReadOnlyList<CypherValue> arguments, QueryContext context)
        {
            var (graph, result) = GuardedRun.Run(context, token =>
            {
                GraphProjection projection = Project(context, arguments, Orientation.Undirected, token);
                return (projection, TriangleCount.Run(projection, token));
            });
            for (int v = 0; v < graph.NodeCount; v++)
            {
                context.Guard.Tick();
                yield return [CypherValue.Node(graph.OriginalId(v)), CypherValue.Integer(result.Triangles[v]), CypherValue.Float(result.Coefficient[v])];
            }
        }
    }

    private static void RegisterSimilarity(ProcedureRegistry registry)
    {
        var outputs = new[] { new ProcedureField("node1", CypherType.Node), new ProcedureField("node2", CypherType.Node), new ProcedureField("similarity", CypherType.Float) };
        registry.Register(new ProcedureSignature("graph.similarity", [Labels, Types, new ProcedureField("topK", CypherType.Integer)], outputs), Body);

        // Undirected neighbourhoods: people sharing cases and cases sharing people are both similar.
        static IEnumerable<CypherValue[]> Body(IReadOnlyList<CypherValue> arguments, QueryContext context)
        {
            int topK = ProcedureArguments.Integer(arguments, 2, "topK") ?? NodeSimilarityOptions.Default.TopK;
            if (topK == 0)
            {
                yield break;
            }

            var (graph, pairs) = GuardedRun.Run(context, token =>
            {
                GraphProjection projection = Project(context, arguments, Orientation.Undirected, token);
                return (projection, NodeSimilarity.TopK(projection, new NodeSimilarityOptions { TopK = topK }, token));
            });
            foreach (SimilarityPair pair in pairs)
            {
                context.Guard.Tick();
                yield return [CypherValue.Node(graph.OriginalId(pair.Node1)), CypherValue.Node(graph.OriginalId(pair.Node2)), CypherValue.Float(pair.Similarity)];
            }
        }
    }

    private static void RegisterKShortestPaths(ProcedureRegistry registry)
    {
        ProcedureField[] parameters =
        [
            new("from", CypherType.Node), new("to", CypherType.Node), new("k", CypherType.Integer), Types,
        ];
        var outputs = new[] { new ProcedureField("index", CypherType.Integer), new ProcedureField("path", CypherType.Path) };
        registry.Register(new ProcedureSignature("graph.kShortestPaths", parameters, outputs), Body);

        // Hop count over relationships in either direction, as an investigator asks "how are these two linked".
        static IEnumerable<CypherValue[]> Body(IReadOnlyList<CypherValue> arguments, QueryContext context)
        {
            int? from = ProcedureArguments.Node(arguments, 0, "from");
            int? to = ProcedureArguments.Node(arguments, 1, "to");
            int k = ProcedureArguments.Integer(arguments, 2, "k") ?? 1;
            IReadOnlyList<string>? types = ProcedureArguments.Names(arguments, 3, "types");
            if (from is null || to is null || k == 0)
            {
                yield break;
            }

            var (graph, paths) = GuardedRun.Run(context, token =>
            {
                var options = new ProjectionOptions { RelationshipTypes = types, Orientation = Orientation.Undirected };
                GraphProjection projection = GraphProjection.FromReader(context.Reader, options, token);
                int source = projection.IndexOf(from.Value);
                int target = projection.IndexOf(to.Value);
                IReadOnlyList<WeightedPath> found = source < 0 || target < 0 ? [] : KShortestPaths.Yen(projection, source, target, k, token);
                return (projection, found);
            });
            for (int i = 0; i < paths.Count; i++)
            {
                context.Guard.Tick();
                int[] nodes = [.. paths[i].Nodes.Select(graph.OriginalId)];
                yield return [CypherValue.Integer(i), CypherValue.Path(new CypherPath(nodes, [.. paths[i].EdgeIds]))];
            }
        }
    }

    private static GraphProjection Project(QueryContext context, IReadOnlyList<CypherValue> arguments, Orientation orientation, CancellationToken token)
    {
        var options = new ProjectionOptions
        {
            Labels = ProcedureArguments.Names(arguments, 0, "labels"),
            RelationshipTypes = ProcedureArguments.Names(arguments, 1, "types"),
            Orientation = orientation,
        };
        return GraphProjection.FromReader(context.Reader, options, token);
    }

    private static CypherValue[] Integers(int[] values) => [.. values.Select(value => CypherValue.Integer(value))];

    private static CypherValue[] Floats(double[] values) => [.. values.Select(CypherValue.Float)];
}
