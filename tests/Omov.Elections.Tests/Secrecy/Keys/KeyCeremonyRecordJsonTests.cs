using Omov.Elections.Secrecy.Keys;

namespace Omov.Elections.Tests.Secrecy.Keys;

public sealed class KeyCeremonyRecordJsonTests
{
    private static readonly KeyCeremonyResult s_ceremony = Ceremonies.Run(2, 4);

    [Fact]
    public void WriteThenRead_GivesARecordThatStillOpensTheBox()
    {
        var json = KeyCeremonyRecordJson.Write(s_ceremony.Record!);

        var read = KeyCeremonyRecordJson.Read(json);

        Assert.True(read.Success, read.Error);
        var record = read.Record;
        Assert.Equal(s_ceremony.Record!.PublicKey, record.PublicKey);
        Assert.Equal(2, record.Threshold);
        Assert.Equal(4, record.Count);
        Assert.Equal([[1, 2], [3, 4]], record.OpenedWith.Select(s => s.ToArray()));
        Assert.Equal(s_ceremony.Record.TestBallotTrackingCode, record.TestBallotTrackingCode);
        Assert.Contains("\"testBallotTrackingCode\": \"" + record.TestBallotTrackingCode.Text + "\"", json, StringComparison.Ordinal);
        using var shares = new ShareSet(Ceremonies.Unlock(s_ceremony, [2, 4]));
        Assert.Null(KeyCeremony.OpenTestBallot(record, shares.Shares));
    }

    [Theory]
    [InlineData("{", "key ceremony record: not valid JSON")]
    [InlineData("{}", "key ceremony record: a field is missing or of the wrong type.")]
    [InlineData("{\"format\": \"omov-key-share\", \"version\": 1}", "key ceremony record: not an Omov key ceremony record, version 1.")]
    public void Read_Malformed_SaysSo(string text, string expected)
    {
        var read = KeyCeremonyRecordJson.Read(text);

        Assert.False(read.Success);
        Assert.StartsWith(expected, read.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"threshold\": 2", "\"threshold\": 5", "do not make a k-of-n sharing")]
    [InlineData("\"share\": 2", "\"share\": 3", "holder 2 is out of order")]
    [InlineData("\"keyId\": \"", "\"keyId\": \"0", "is not a P-256 point matching")]
    public void Read_InconsistentField_IsRefused(string from, string to, string expected)
    {
        var json = KeyCeremonyRecordJson.Write(s_ceremony.Record!).Replace(from, to, StringComparison.Ordinal);

        var read = KeyCeremonyRecordJson.Read(json);

        Assert.False(read.Success);
        Assert.Contains(expected, read.Error, StringComparison.Ordinal);
    }
}
