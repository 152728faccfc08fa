using System.Text;
using Graph.Rings.Explaining;
using Graph.Rings.Reports;

namespace Graph.Rings.Evaluation;

/// <summary>
/// Finds the truth entity a listed member stands for: by resident id / USCC when the member has a valid one, else
/// (no id, or one failing its check character) by kind and name when exactly one planted-ring member carries that name. Names are compared after the
/// loader's kinds of clean-up (spaces, middle dots, bracket widths), since the truth keeps the true spelling.
/// </summary>
public sealed class MemberIdentity
{
    private readonly Dictionary<string, string> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _byName = new(StringComparer.Ordinal);

    public MemberIdentity(TruthFile truth)
    {
        foreach (TruthEntity e in truth.Rings.SelectMany(r => r.Members).Concat(truth.Traps.SelectMany(t => t.Entities)))
        {
            if (e.Id is { Length: > 0 } id)
            {
                _byId.TryAdd(IdKey(e.Kind, id), e.Entity);
            }
        }

        foreach (TruthEntity e in truth.Rings.SelectMany(r => r.Members))
        {
            string key = NameKey(e.Kind, e.Name);
            // A name two planted entities share identifies neither.
            _byName[key] = _byName.TryGetValue(key, out string? existing) && existing != e.Entity ? null : e.Entity;
        }
    }

    /// <summary>The truth entity, or null when the member is not one the truth knows.</summary>
    public string? Of(RingMember member)
    {
        if (member.Id is { Length: > 0 } id)
        {
            if (_byId.TryGetValue(IdKey(member.Kind, id), out string? entity))
            {
                return entity;
            }

            // A valid id the truth does not know is another party. One that fails its check is the true id misspelt
            // in the records (a registry row with transposed digits is the only node the store has for that party),
            // which the truth keeps correctly spelt: such a member is known only by its name, like one without an id.
            if (ValidIdentifier.OrNull(member.Kind, id) is not null)
            {
                return null;
            }
        }

        return _byName.GetValueOrDefault(NameKey(member.Kind, member.Name));
    }

    private static string IdKey(string kind, string id) => kind + ":" + id.Trim().ToUpperInvariant();

    private static string NameKey(string kind, string name)
    {
        var text = new StringBuilder(name.Length + kind.Length + 1).Append(kind).Append(':');
        foreach (char c in name.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && c is not ('·' or '•' or '・' or '.'))
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
