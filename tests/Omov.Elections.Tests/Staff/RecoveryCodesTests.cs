using System.Text.RegularExpressions;
using Omov.Elections.Staff;

namespace Omov.Elections.Tests.Staff;

public sealed partial class RecoveryCodesTests
{
    [GeneratedRegex("^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$")]
    private static partial Regex CodeFormat();

    [Fact]
    public void Generate_GivesTenDistinctCodesInGroupsOfFour()
    {
        var codes = RecoveryCodes.Generate();

        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches(CodeFormat(), code));
    }

    [Fact]
    public void Hash_IsNotTheCodeAndIgnoresCaseAndDashes()
    {
        var code = RecoveryCodes.Generate()[0];
        var hash = RecoveryCodes.Hash(code);

        Assert.DoesNotContain(code.Replace("-", string.Empty, StringComparison.Ordinal), hash, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(64, hash.Length);
        Assert.Equal(hash, RecoveryCodes.Hash(code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Use_StoredCode_IsAcceptedOnceAndRemoved()
    {
        var codes = RecoveryCodes.Generate();
        var stored = codes.Select(RecoveryCodes.Hash).ToList();

        var (accepted, remaining) = RecoveryCodes.Use(stored, codes[3].ToLowerInvariant());
        var (again, _) = RecoveryCodes.Use(remaining, codes[3]);

        Assert.True(accepted);
        Assert.Equal(9, remaining.Count);
        Assert.DoesNotContain(stored[3], remaining);
        Assert.False(again);
    }

    [Fact]
    public void Use_EveryCodeOnce_LeavesNone()
    {
        var codes = RecoveryCodes.Generate();
        IReadOnlyList<string> stored = [.. codes.Select(RecoveryCodes.Hash)];

        foreach (var code in codes)
        {
            (var accepted, stored) = RecoveryCodes.Use(stored, code);
            Assert.True(accepted);
        }

        Assert.Empty(stored);
    }

    [Theory]
    [InlineData("")]
    [InlineData("AAAA-AAAA-AAAA")]
    [InlineData("AAAA-AAAA-AAAA-AAAA")]
    [InlineData("0000-1111-OOOO-IIII")]
    public void Use_UnknownOrMalformedCode_IsRefusedAndChangesNothing(string entered)
    {
        var stored = RecoveryCodes.Generate().Select(RecoveryCodes.Hash).ToList();

        var (accepted, remaining) = RecoveryCodes.Use(stored, entered);

        Assert.False(accepted);
        Assert.Equal(stored, remaining);
    }
}
