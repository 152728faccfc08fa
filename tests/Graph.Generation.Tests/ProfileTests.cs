using System.Security.Cryptography;
using System.Text.Json;
using Graph.Generation.Profiles;
using Graph.Generation.Tests.Support;
using Graph.Records.Identifiers;

namespace Graph.Generation.Tests;

public class ProfileTests
{
    /// <summary>
    /// SHA-256 over every output file (ordinal name order), then the truth and the references, for scale 0.02 seed 5 in
    /// mixed format, as written by the generator before profiles existed. The standard profile must keep these bytes.
    /// </summary>
    private const string StandardDigest = "AB481A78339ADFF9D05B3D5E4BA02732A7CA5330785950FFE7FFA5B909B1D03E";

    [Fact]
    public void The_standard_profile_is_the_default_and_writes_the_bytes_it_always_wrote()
    {
        var options = Generated.Options(0.02, 5, OutputFormat.Mixed, $"profile-golden-{Environment.ProcessId}");
        Assert.Same(GenerationProfile.Standard, options.Profile);
        Regenerate(options);
        Assert.Equal(StandardDigest, Digest(options));
    }

    [Fact]
    public void The_shifted_profile_is_deterministic_and_differs_from_the_standard()
    {
        var first = Regenerate(Generated.Options(0.05, 2, OutputFormat.Csv, $"shifted-a-{Environment.ProcessId}") with { Profile = GenerationProfile.Shifted });
        var second = Regenerate(Generated.Options(0.05, 2, OutputFormat.Csv, $"shifted-b-{Environment.ProcessId}") with { Profile = GenerationProfile.Shifted });
        Assert.Equal(Digest(first), Digest(second));

        var standard = Generated.Get(0.05, 2);
        Assert.NotEqual(Digest(standard.Options), Digest(first));
        Assert.False(standard.Truth.GetProperty("generator").TryGetProperty("profile", out _));
        using var truth = JsonDocument.Parse(File.ReadAllBytes(first.TruthPath));
        Assert.Equal("shifted", truth.RootElement.GetProperty("generator").GetProperty("profile").GetString());
    }

    [Fact]
    public void Shifted_rings_keep_two_signals_and_true_members_in_other_proportions()
    {
        var options = Regenerate(Generated.Options(0.5, 3, OutputFormat.Csv, $"shifted-rings-{Environment.ProcessId}") with { Profile = GenerationProfile.Shifted });
        using var truth = JsonDocument.Parse(File.ReadAllBytes(options.TruthPath));
        var catalog = new EntityCatalog(0.5, 3, GenerationProfile.Shifted);
        var rings = truth.RootElement.GetProperty("rings").EnumerateArray().ToArray();
        foreach (var ring in rings)
        {
            Assert.True(ring.GetProperty("signals").GetArrayLength() >= 2, ring.GetProperty("id").GetString());
            foreach (var member in ring.GetProperty("members").EnumerateArray())
            {
                var id = member.GetProperty("id").GetString()!;
                Assert.True(member.GetProperty("kind").GetString() == "person" ? ResidentId.IsValid(id) : Uscc.IsValid(id));
                Assert.Equal(catalog.Describe(member.GetProperty("entity").GetString()!).Id, id);
            }
        }

        var perModel = rings.GroupBy(r => r.GetProperty("model").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(14, perModel["private_lending"]);
        Assert.Equal(7, perModel["oil_invoice"]);
        Assert.Equal(12, perModel["vehicle_insurance"]);
    }

    [Fact]
    public void Shifted_fast_closures_run_past_a_week_and_more_honest_mediations_are_fast()
    {
        var standard = GenerationProfile.Standard;
        var shifted = GenerationProfile.Shifted;
        Assert.True(shifted.FastClosureDays.Max > standard.FastClosureDays.Max);
        Assert.True(shifted.OptionalSignalChance < standard.OptionalSignalChance);
        Assert.True(shifted.LookAlikes.FastMediationShare > standard.LookAlikes.FastMediationShare);
        Assert.True(shifted.LookAlikes.HubLawyerPercent > standard.LookAlikes.HubLawyerPercent);
        Assert.True(shifted.Noise.PersonIdMissing > standard.Noise.PersonIdMissing);
    }

    [Theory]
    [InlineData("standard", "standard")]
    [InlineData("Shifted", "shifted")]
    public void Profiles_are_found_by_name(string name, string expected) => Assert.Equal(expected, GenerationProfile.Named(name)?.Name);

    [Fact]
    public void An_unknown_profile_name_finds_nothing() => Assert.Null(GenerationProfile.Named("other"));

    private static GeneratorOptions Regenerate(GeneratorOptions options)
    {
        if (Directory.Exists(options.OutputDirectory))
        {
            Directory.Delete(options.OutputDirectory, true);
        }

        DatasetGenerator.Generate(options);
        return options;
    }

    private static string Digest(GeneratorOptions options)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in Directory.GetFiles(options.OutputDirectory).Order(StringComparer.Ordinal))
        {
            sha.AppendData(File.ReadAllBytes(path));
        }

        sha.AppendData(File.ReadAllBytes(options.TruthPath));
        sha.AppendData(File.ReadAllBytes(options.ReferencesPath));
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
