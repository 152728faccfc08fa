using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Records.Identifiers;

namespace Graph.Generation.Output;

/// <summary>
/// Writes a party reference (name, id, phone, address, kind under one prefix) as a clerk would:
/// ids sometimes left out or mistyped, names with stray spaces or odd dots, phones in three formats.
/// Every reference is logged against the entity it truly means.
/// </summary>
public sealed class Mentions(PersonBook people, CompanyBook companies, Rng noise, NoiseRates rates)
{
    private static readonly string[] Dots = ["·", "•", "．", "・", "‧"];

    public void Put(Row row, string prefix, Entity entity, string? phoneAs = null, string? addressAs = null, bool registryRow = false)
    {
        var columns = PartyColumns.For(row.Schema, prefix);
        string name, id, phone, address;
        if (entity.IsPerson)
        {
            var p = people.Get(entity.Index);
            (name, id, phone, address) = (PersonName(p, row), p.Id, p.Phone, p.Address);
        }
        else
        {
            var c = companies.Get(entity.Index);
            (name, id, phone, address) = (CompanyName(c.Name, row), c.Uscc, c.Phone, c.Address);
        }

        Set(row, columns.Name, name);
        Set(row, columns.Kind, registryRow || noise.Chance(0.9) ? (entity.IsPerson ? "person" : "company") : null);

        // Noise is drawn only for columns the file has, so the truth's noise counts match what was written.
        if (columns.Id is not null)
        {
            row.Set(columns.Id, Id(id, entity.IsPerson, row, registryRow));
        }

        if (columns.Phone is not null)
        {
            row.Set(columns.Phone, phoneAs is not null ? Phone(phoneAs, row) : registryRow || noise.Chance(rates.PhoneShown) ? Phone(phone, row) : null);
        }

        Set(row, columns.Address, addressAs ?? (registryRow || noise.Chance(rates.AddressShown) ? address : null));
        row.AddReference(prefix, entity);
    }

    public string Phone(string phone, Row row)
    {
        if (phone.Length != 11 || phone[0] != '1')
        {
            return phone;
        }

        var roll = noise.Next(10);
        if (roll < 6)
        {
            return phone;
        }

        row.AddNoise("phone_format");
        return roll < 8 ? $"+86 {phone[..3]} {phone[3..7]} {phone[7..]}" : $"{phone[..3]}-{phone[3..7]}-{phone[7..]}";
    }

    private static void Set(Row row, string? column, string? value)
    {
        if (column is not null)
        {
            row.Set(column, value);
        }
    }

    private string? Id(string id, bool isPerson, Row row, bool registryRow)
    {
        if (!registryRow && noise.Chance(isPerson ? rates.PersonIdMissing : rates.CompanyIdMissing))
        {
            row.AddNoise("id_missing");
            return null;
        }

        if (noise.Chance(registryRow ? rates.IdMistyped / 6 : rates.IdMistyped))
        {
            return Mistype(id, isPerson, row);
        }

        if (isPerson && noise.Chance(rates.IdFullWidth))
        {
            row.AddNoise("id_full_width");
            return new string(id.Select(c => c is >= '0' and <= '9' or 'X' ? (char)(c + 0xFEE0) : c).ToArray());
        }

        return id;
    }

    /// <summary>Either a wrong check character or two swapped neighbours; always left invalid so the truth count is exact.</summary>
    private string Mistype(string id, bool isPerson, Row row)
    {
        if (noise.Chance(0.5))
        {
            for (var attempt = 0; attempt < 6; attempt++)
            {
                var at = noise.Next(16);
                if (id[at] == id[at + 1])
                {
                    continue;
                }

                var swapped = string.Concat(id.AsSpan(0, at), id.AsSpan(at + 1, 1), id.AsSpan(at, 1), id.AsSpan(at + 2));
                if (!(isPerson ? ResidentId.IsValid(swapped) : Uscc.IsValid(swapped)))
                {
                    row.AddNoise("id_transposed_digits");
                    return swapped;
                }
            }
        }

        var alphabet = isPerson ? "0123456789X" : Uscc.Alphabet;
        var replacement = id[17];
        while (replacement == id[17])
        {
            replacement = alphabet[noise.Next(alphabet.Length)];
        }

        row.AddNoise("id_wrong_check_digit");
        return string.Concat(id.AsSpan(0, 17), replacement.ToString());
    }

    private string PersonName(PersonInfo person, Row row)
    {
        if (person.HasDottedName && noise.Chance(0.5))
        {
            row.AddNoise("name_middle_dot");
            return person.Name.Replace("·", noise.Pick(Dots), StringComparison.Ordinal);
        }

        if (!noise.Chance(rates.NameVariant))
        {
            return person.Name;
        }

        var roll = noise.Next(3);
        row.AddNoise(roll == 2 ? "name_full_width_space" : "name_stray_space");
        return roll switch
        {
            0 => $"{person.Name[..1]} {person.Name[1..]}",
            1 => person.Name + " ",
            _ => $"{person.Name[..1]}\u3000{person.Name[1..]}",
        };
    }

    private string CompanyName(string name, Row row)
    {
        if (!noise.Chance(rates.NameVariant))
        {
            return name;
        }

        if (name.Contains('（'))
        {
            row.AddNoise("name_half_width_brackets");
            return name.Replace('（', '(').Replace('）', ')');
        }

        row.AddNoise("name_stray_space");
        return noise.Chance(0.5) ? " " + name : name.Replace("有限公司", " 有限公司", StringComparison.Ordinal);
    }
}
