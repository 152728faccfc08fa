using System.Collections.Concurrent;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Graph.Api.Http;

/// <summary>
/// Parsed documents by query text: clients send the same few queries over and over, and parsing is a real share of
/// a cached answer's cost. Bounded: cleared when full (a simple guard against clients that send unique texts).
/// </summary>
public sealed class DocumentCache
{
    private const int Capacity = 2_000;
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private int _added;

    /// <summary>The parsed document, or null when the text does not parse (the executor then reports the syntax error).</summary>
    public GraphQLDocument? Parse(string query)
    {
        if (_documents.TryGetValue(query, out var document))
        {
            return document;
        }

        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = 64 });
        }
        catch (GraphQLParserException)
        {
            return null;
        }

        // A counter, not ConcurrentDictionary.Count, which takes every lock of the dictionary on each call.
        if (Interlocked.Increment(ref _added) > Capacity)
        {
            _documents.Clear();
            Interlocked.Exchange(ref _added, 0);
        }

        _documents[query] = document;
        return document;
    }
}
