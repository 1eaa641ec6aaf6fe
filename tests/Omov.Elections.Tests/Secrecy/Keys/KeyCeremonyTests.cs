using Omov.Elections.Secrecy.Keys;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Elections.Tests.Secrecy.Keys;

public sealed class KeyCeremonyTests
{
    [Fact]
    public void Run_ThreeOfFive_GivesFiveShareFilesAndAProvenRecord()
    {
        var ceremony = Ceremonies.Run(3, 5);

        var record = ceremony.Record!;
        Assert.Equal(5, ceremony.ShareFiles.Count);
        Assert.Equal(3, record.Threshold);
        Assert.Equal(5, record.Count);
        Assert.True(record.AllSharesConsistent);
        Assert.Equal([[1, 2, 3], [3, 4, 5]], record.OpenedWith.Select(s => s.ToArray()));
        Assert.Equal(["Scrutineer 1", "Scrutineer 2", "Scrutineer 3", "Scrutineer 4", "Scrutineer 5"], record.Holders.Select(h => h.Holder));
        Assert.All(ceremony.ShareFiles, f => Assert.Equal(record.PublicKey, f.ElectionPublicKey));
        Assert.Equal([1, 2, 3, 4, 5], ceremony.ShareFiles.Select(f => f.Index));
        Assert.Empty(ceremony.Problems);
    }

    [Fact]
    public void Run_AllOfThree_OpensWithTheOneSetOfShares()
    {
        var ceremony = Ceremonies.Run(3, 3);

        Assert.Equal([[1, 2, 3]], ceremony.Record!.OpenedWith.Select(s => s.ToArray()));
    }

    [Fact]
    public void Run_OneOfOne_Works()
    {
        var ceremony = Ceremonies.Run(1, 1);

        using var shares = new ShareSet(Ceremonies.Unlock(ceremony, [1]));
        Assert.Null(KeyCeremony.OpenTestBallot(ceremony.Record!, shares.Shares));
    }

    [Fact]
    public void Run_TwoCeremonies_GiveDifferentKeys()
    {
        Assert.NotEqual(Ceremonies.Run(2, 3).Record!.PublicKey, Ceremonies.Run(2, 3).Record!.PublicKey);
    }

    [Fact]
    public void Run_RecordAndShareFiles_HoldNoShareInTheClear()
    {
        var ceremony = Ceremonies.Run(2, 3);
        var shares = Ceremonies.Unlock(ceremony, [1, 2, 3]);

        foreach (var share in shares)
        {
            var hex = Convert.ToHexString(share.Value);
            var b64 = Convert.ToBase64String(share.Value);
            Assert.All(ceremony.ShareFiles, f => Assert.DoesNotContain(b64, f.ToText(), StringComparison.Ordinal));
            Assert.All(ceremony.ShareFiles, f => Assert.DoesNotContain(hex, f.ToText(), StringComparison.OrdinalIgnoreCase));
            share.Dispose();
        }
    }

    [Theory]
    [InlineData(0, 3, "at least 1")]
    [InlineData(-1, 3, "at least 1")]
    [InlineData(4, 3, "could never be opened")]
    [InlineData(1, 0, "at least one scrutineer")]
    [InlineData(3, 16, "at most 15 scrutineers")]
    public void Run_BadThresholdOrCount_IsRefused(int threshold, int count, string expected)
    {
        var result = KeyCeremony.Run(Ceremonies.Request(threshold, count));

        Assert.False(result.Success);
        Assert.Contains(result.Problems, p => p.Contains(expected, StringComparison.Ordinal));
        Assert.Empty(result.ShareFiles);
    }

    [Fact]
    public void Run_WeakPassphrase_IsRefusedNamingTheScrutineerButNotThePassphrase()
    {
        var request = Ceremonies.Request(2, 3);
        var scrutineers = request.Scrutineers.ToList();
        scrutineers[1] = new ScrutineerPassphrase("Scrutineer 2", "short secret");

        var result = KeyCeremony.Run(request with { Scrutineers = scrutineers });

        Assert.False(result.Success);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("Scrutineer 2: A share passphrase must be at least 16 characters", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("short secret", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SamePassphraseForTwoScrutineers_IsRefused()
    {
        var request = Ceremonies.Request(2, 3);
        var scrutineers = request.Scrutineers.ToList();
        scrutineers[2] = new ScrutineerPassphrase("Scrutineer 3", Ceremonies.Passphrase(1));

        var result = KeyCeremony.Run(request with { Scrutineers = scrutineers });

        Assert.Equal("Scrutineer 3 has the same passphrase as scrutineer 1; whoever knows it could unlock both shares.", Assert.Single(result.Problems));
    }

    [Fact]
    public void Run_SameHolderTwiceOrNoName_IsRefused()
    {
        var request = Ceremonies.Request(2, 3);
        var scrutineers = request.Scrutineers.ToList();
        scrutineers[1] = new ScrutineerPassphrase("scrutineer 1", Ceremonies.Passphrase(2));
        scrutineers[2] = new ScrutineerPassphrase(" ", Ceremonies.Passphrase(3));

        var result = KeyCeremony.Run(request with { Scrutineers = scrutineers });

        Assert.Equal(2, result.Problems.Count);
        Assert.Contains("Scrutineer 2 has the same name as another scrutineer", result.Problems[0], StringComparison.Ordinal);
        Assert.Equal("Scrutineer 3 has no name.", result.Problems[1]);
    }

    [Fact]
    public void Run_NoEvent_IsRefused()
    {
        var result = KeyCeremony.Run(Ceremonies.Request(2, 3) with { EventId = " " });

        Assert.Equal("The ballot event is not named.", Assert.Single(result.Problems));
    }

    [Fact]
    public void TestBallot_IsBoundToTheCeremonyNotToCastBallots()
    {
        var ceremony = Ceremonies.Run(2, 3);
        using var shares = new ShareSet(Ceremonies.Unlock(ceremony, [1, 3]));
        using var opener = BoxOpening.Open(ceremony.Record!, shares.Shares).Opener!;

        Assert.True(opener.Open(ceremony.Record!.TestBallot, BallotContext.ForCeremonyTest("event-2026-leader")).Success);
        Assert.Equal(OpenFailure.AuthenticationFailed, opener.Open(ceremony.Record.TestBallot, BallotContext.ForEvent("event-2026-leader")).Failure);
    }

    [Fact]
    public void ScrutineerPassphrase_ToString_ShowsOnlyTheHolder()
    {
        Assert.Equal("Scrutineer 1", new ScrutineerPassphrase("Scrutineer 1", Ceremonies.Passphrase(1)).ToString());
    }
}
