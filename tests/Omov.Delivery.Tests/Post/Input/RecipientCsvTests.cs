using Omov.Delivery.Post;
using Omov.Delivery.Post.Input;
using Omov.Delivery.Post.Samples;

namespace Omov.Delivery.Tests.Post.Input;

public sealed class RecipientCsvTests
{
    private const string Header = "membership_number,name,address_1,address_2,postcode,language,voting_code,voting_url,contests";

    private static (List<PostalPack> Packs, RecipientCsvError? Error) Read(TempFolder folder, string contents)
    {
        var path = folder.File("recipients.csv");
        File.WriteAllText(path, contents);
        var csv = new RecipientCsv(path, SampleBallots.English, SampleBallots.Welsh);
        var packs = csv.Read().ToList();
        return (packs, csv.Error);
    }

    [Fact]
    public void Read_GoodRows_PacksWithTheirLanguageAndContests()
    {
        using var folder = new TempFolder();
        var (packs, error) = Read(folder, Header + "\n"
            + "L1,Jo Bloggs,1 High St,,SW1A 1AA,en,AAAA-BBBB,https://vote.example.org/v/AAAABBBB,\n"
            + "L2,\"Ffion Ŵyn, Jr\",2 Heol Fawr,Caerdydd,CF10 1AA,cy,CCCC-DDDD,https://vote.example.org/v/CCCCDDDD,1;3\n");

        Assert.Null(error);
        Assert.Equal(2, packs.Count);
        Assert.Equal(["1 High St"], packs[0].AddressLines);
        Assert.Null(packs[0].ContestIndexes);
        Assert.Same(SampleBallots.English, packs[0].Ballot);
        Assert.Equal("Ffion Ŵyn, Jr", packs[1].AddresseeName);
        Assert.Equal(PostalLanguage.Welsh, packs[1].Language);
        Assert.Same(SampleBallots.Welsh, packs[1].Ballot);
        Assert.Equal([0, 2], packs[1].ContestIndexes);
    }

    [Theory]
    [InlineData("", 1, null, "empty")]
    [InlineData("membership_number,name,colour\n", 1, "colour", "unknown column")]
    [InlineData("membership_number,name,address_1,postcode,voting_code\n", 1, "voting_url", "required column is missing")]
    [InlineData(Header + "\nL1,Jo,1 St,,SW1A 1AA,fr,C,https://x.example/v,\n", 2, "language", "must be en or cy")]
    [InlineData(Header + "\nL1,Jo,1 St,,SW1A 1AA,en,C,https://x.example/v,\nL2,Jo,1 St,,SW1A 1AA,en,C,https://x.example/v,9\n", 3, "contests", "must be contest numbers")]
    [InlineData(Header + "\nL1,Jo,1 St,,,en,C,https://x.example/v,\n", 2, "postcode", "is empty")]
    [InlineData(Header + "\nL1,Jo,1 St,,SW1A 1AA,en,C,not a link,\n", 2, "voting_url", "http")]
    public void Read_BadFile_StopsWithLineAndColumn(string contents, int line, string? column, string message)
    {
        using var folder = new TempFolder();
        var (_, error) = Read(folder, contents);

        Assert.NotNull(error);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(folder.File("recipients.csv") + ":" + line + ":", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadRow_ErrorDoesNotQuoteTheCell()
    {
        using var folder = new TempFolder();
        var (_, error) = Read(folder, Header + "\nL1,Secret Name,1 St,,SW1A 1AA,klingon,C,https://x.example/v,\n");

        Assert.DoesNotContain("klingon", error!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", error.ToString(), StringComparison.Ordinal);
    }
}
