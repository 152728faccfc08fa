namespace Graph.Rules.Parsing;

/// <summary>One `// key: value` header field (continuation lines joined); Line and Column are where the value starts.</summary>
public sealed record HeaderField(string Key, string Value, int Line, int Column);
