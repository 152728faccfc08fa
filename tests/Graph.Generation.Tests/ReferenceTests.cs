using Graph.Generation.Tests.Support;
using Graph.Records.Identifiers;

namespace Graph.Generation.Tests;

public class ReferenceTests
{
    [Theory]
    [InlineData(OutputFormat.Csv)]
    [InlineData(OutputFormat.Mixed)]
    public void Every_reference_points_at_a_row_whose_values_match_the_entity(OutputFormat format)
    {
        var data = Generated.Get(0.1, 4, format);
        var catalog = new EntityCatalog(0.1, 4);
        var references = File.ReadAllLines(data.Summary.ReferencesPath);
        Assert.Equal("file,line,prefix,entity", references[0]);
        Assert.Equal(data.Summary.References, references.Length - 1);
        var mistyped = 0;
        foreach (var reference in references.Skip(1))
        {
            var parts = reference.Split(',');
            var (file, line, prefix, entity) = (parts[0], long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[2], parts[3]);
            Assert.False(data.Malformed.Contains((file, line)), $"{reference} points at a malformed line");
            var row = data.Parse(file, line) ?? throw new InvalidOperationException(reference);
            var baseName = Path.GetFileNameWithoutExtension(file);
            var truth = catalog.Describe(entity);
            Assert.Equal(Names.Normalize(truth.Name), Names.Normalize(row[SpecFields.NameColumn(baseName, prefix)] ?? ""));
            if (row[SpecFields.IdColumn(baseName, prefix)] is { } written)
            {
                var id = Names.NormalizeId(written);
                if (id != truth.Id)
                {
                    Assert.False(truth.Kind == "person" ? ResidentId.IsValid(id) : Uscc.IsValid(id), $"{reference}: {id} is valid but not {truth.Id}");
                    mistyped++;
                }
            }
        }

        Assert.True(mistyped > 0);
    }

    [Fact]
    public void Every_named_party_on_a_readable_line_has_a_reference()
    {
        var data = Generated.Get(0.1, 4);
        var known = File.ReadLines(data.Summary.ReferencesPath).Skip(1).Select(r => r.Split(',')).Select(p => (p[0], long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), p[2])).ToHashSet();
        foreach (var (baseName, prefixes) in SpecFields.Prefixes)
        {
            foreach (var row in data.Rows(baseName))
            {
                foreach (var prefix in prefixes.Where(p => row[SpecFields.NameColumn(baseName, p)] is not null))
                {
                    Assert.Contains((row.File, row.Line, prefix), known);
                }
            }
        }
    }

    [Fact]
    public void The_same_name_means_different_entities_somewhere()
    {
        var data = Generated.Get(0.1, 4);
        var catalog = new EntityCatalog(0.1, 4);
        var entitiesByName = File.ReadLines(data.Summary.ReferencesPath).Skip(1)
            .Select(r => r.Split(',')[3]).Where(e => e[0] == 'P').Distinct()
            .GroupBy(e => catalog.Describe(e).Name);
        Assert.Contains(entitiesByName, g => g.Count() > 1);
    }
}
