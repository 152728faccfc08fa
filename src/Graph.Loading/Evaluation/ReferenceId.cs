using System.Globalization;

namespace Graph.Loading.Evaluation;

/// <summary>A party reference's address in a dataset: file name, 1-based line, field prefix (empty for registry subjects).</summary>
public readonly record struct ReferenceId(string File, int Line, string Prefix)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Prefix}");
}
