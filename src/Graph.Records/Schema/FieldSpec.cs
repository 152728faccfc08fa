namespace Graph.Records.Schema;

/// <summary>
/// One field of a record file. <see cref="AllowedValues"/> is set for enums (compared ignoring case);
/// <see cref="KindField"/> names the <c>_kind</c> field that says whether a <see cref="FieldType.PartyId"/> is a person's or a company's.
/// </summary>
public sealed record FieldSpec(string Name, FieldType Type, IReadOnlyList<string>? AllowedValues = null, string? KindField = null)
{
    public bool Allows(string value)
    {
        if (AllowedValues is null)
        {
            return true;
        }

        var trimmed = value.AsSpan().Trim();
        foreach (var allowed in AllowedValues)
        {
            if (trimmed.Equals(allowed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
