using System.Collections.Concurrent;
using Graph.Loading.Resolution;
using Graph.Records.Identifiers;
using Graph.Records.Rows;

namespace Graph.Loading.Mapping;

/// <summary>
/// Reads a party whose kind may be a person or a company. When the row gives no <c>_kind</c>, the
/// spec's fallback is "company if the id is a valid USCC, else person". Two cases need the name too:
/// an 18-digit resident id passes the USCC check about one time in 31, and a company written
/// without kind or id would be filed as a person and never meet its own registry entry.
/// </summary>
public static class PartyReader
{
    // "<prefix>kind", built once per prefix rather than once per row.
    private static readonly ConcurrentDictionary<string, string> KindFields = new(StringComparer.Ordinal);
    private static readonly string[] OrganisationMarks = ["公司", "集团", "合作社", "事务所", "银行", "商行", "经营部", "厂", "中心"];

    public static PartyRef? Read(RecordRow row, string prefix)
    {
        var party = row.GetParty(prefix);
        if (party is null || row.Get(KindFields.GetOrAdd(prefix, p => p + "kind")) is not null)
        {
            return party;
        }

        var id = IdentityText.Identifier(party.Id);
        var organisation = LooksLikeOrganisation(party.Name);
        var kind = (ResidentId.IsValid(id), Uscc.IsValid(id)) switch
        {
            (true, false) => PartyKind.Person,
            (false, true) => PartyKind.Company,
            _ => organisation ? PartyKind.Company : PartyKind.Person,
        };
        return kind == party.Kind ? party : party with { Kind = kind };
    }

    public static bool LooksLikeOrganisation(string? name)
    {
        if (name is not { Length: >= 4 })
        {
            return false;
        }

        foreach (var mark in OrganisationMarks)
        {
            if (name.Contains(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
