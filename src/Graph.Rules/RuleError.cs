namespace Graph.Rules;

/// <summary>A problem in a rule file, at a 1-based file position, printed the way compilers print: <c>file:line:column: CODE: message</c>.</summary>
public sealed record RuleError(string FilePath, int Line, int Column, string Code, string Message)
{
    public override string ToString() => $"{FilePath}:{Line}:{Column}: {Code}: {Message}";
}
