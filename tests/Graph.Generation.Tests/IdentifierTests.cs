using Graph.Generation.Tests.Support;
using Graph.Records.Identifiers;

namespace Graph.Generation.Tests;

public class IdentifierTests
{
    [Fact]
    public void Every_id_is_valid_except_the_mistyped_ones_the_truth_counts()
    {
        var data = Generated.Get(0.1, 5);

        // A digits-only string passes the other scheme's check one time in 11 or 31, so validate by the entity's kind.
        var kinds = File.ReadLines(data.Summary.ReferencesPath).Skip(1).Select(r => r.Split(','))
            .ToDictionary(p => (p[0], long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), p[2]), p => p[3][0]);
        long invalid = 0, fullWidth = 0, valid = 0;
        foreach (var baseName in HeaderTests.SpecColumns.Keys)
        {
            foreach (var row in data.Rows(baseName))
            {
                foreach (var prefix in SpecFields.Prefixes[baseName])
                {
                    var column = SpecFields.IdColumn(baseName, prefix);
                    if (row[column] is not { } written)
                    {
                        continue;
                    }

                    fullWidth += Names.IsFullWidth(written) ? 1 : 0;
                    var id = Names.NormalizeId(written);
                    if (kinds[(row.File, row.Line, prefix)] == 'P' ? ResidentId.IsValid(id) : Uscc.IsValid(id))
                    {
                        valid++;
                    }
                    else
                    {
                        invalid++;
                    }
                }
            }
        }

        var noise = data.Truth.GetProperty("noise");
        Assert.True(valid > 50 * invalid, $"{invalid} invalid of {valid}");
        Assert.Equal(noise.GetProperty("id_wrong_check_digit").GetInt64() + noise.GetProperty("id_transposed_digits").GetInt64(), invalid);
        Assert.Equal(noise.GetProperty("id_full_width").GetInt64(), fullWidth);
    }

    [Fact]
    public void Common_names_are_shared_by_different_people()
    {
        var data = Generated.Get(0.1, 5);
        var idsByName = data.Rows("persons").GroupBy(r => r["name"]!.Trim()).Select(g => g.Select(r => r["id_number"]).Distinct().Count());
        Assert.True(idsByName.Count(n => n >= 2) > 20);
    }
}
