using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>The runtime errors of the write clauses, classified as the openCypher TCK expects them.</summary>
internal static class WriteErrors
{
    /// <summary>The overlay to write to; a plan that writes over a bare snapshot is refused.</summary>
    public static TransactionOverlay Writer(QueryContext context) =>
        context.Writer ?? throw new QueryExecutionException(ExecutionErrorCodes.WriteInReadOnly, "Write clauses need a write transaction; the query runs read-only.");

    /// <summary>A value that cannot be stored (map, node, list holding null or maps, ...): TypeError / InvalidPropertyType (TCK Set1 [10]).</summary>
    public static CypherRuntimeException InvalidPropertyType(string key, CypherValue value) =>
        new(new CypherError(CypherErrorClass.TypeError, "InvalidPropertyType", $"Property '{key}' cannot hold a {value.TypeName}: property values are booleans, numbers, strings, temporal values or lists of them."));

    /// <summary>A write aimed at something that is not the expected kind of element, e.g. <c>SET m.x = 1</c> on a map.</summary>
    public static CypherRuntimeException NotAnElement(string clause, string expected, CypherValue value) =>
        new(CypherError.InvalidArgumentType($"{clause} expected {expected} but got a {value.TypeName}."));

    /// <summary>CREATE or MERGE of a relationship whose end node is null (e.g. from OPTIONAL MATCH), as Neo4j reports it.</summary>
    public static CypherRuntimeException MissingNode(string relationship, string node) =>
        new(new CypherError(CypherErrorClass.EntityNotFound, "MissingNode", $"Failed to create relationship {relationship}: node {node} is missing (null)."));

    /// <summary>MERGE with a null property value can never match what it creates: SemanticError / MergeReadOwnWrites (TCK Merge5 [29]).</summary>
    public static CypherRuntimeException MergeNullProperty(string element, string key, string pattern) =>
        new(new CypherError(CypherErrorClass.SemanticError, "MergeReadOwnWrites", $"Cannot merge the following {element} because of null property value for '{key}': {pattern}"));
}
