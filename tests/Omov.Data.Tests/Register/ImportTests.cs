using Microsoft.Extensions.Time.Testing;
using Omov.Data.Generation;
using Omov.Data.Register;
using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Register;

public abstract class ImportTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private const string Units = "code,name,kind,parent\nENG,England,nation,\nR-LN,London,region,ENG\nCLP-1,Hackney,local_party,R-LN\nCLP-1-B1,Hoxton,branch,CLP-1\nAFF-U,Unite,affiliate,\n";
    private const string Header = "membership_number,first_name,last_name,email,address_line1,address_line2,address_line3,town,postcode,date_of_birth,joined_at,continuous_since,paid_up_to,status,local_party,branch,women_since,bame_since,disabled_since,lgbt_plus_since,councillor,affiliate\n";
    private const string Good1 = "A1,Ada,Lovelace,ada@example.org,1 Mill Lane,,,London,E8 1AA,1990-02-28,2015-08-14T16:03:27Z,2015-08-14,2026-12-31,full,CLP-1,CLP-1-B1,2015-08-14T16:03:27Z,,,,yes,\n";
    private const string Good2 = "A2,Bob,Jones,,,,,,,,2020-03-01,2020-03-01,,provisional,CLP-1,,,,,,no,AFF-U\n";

    private readonly TProvider _provider = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ImportAsync_GoodFile_WritesEveryRowAndRecordsTheRun()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        using var folder = new TempFolder();
        await ImportUnits(db, folder);

        var report = await new MemberImporter(db, _time).ImportAsync(folder.File("m.csv", Header + Good1 + Good2), new ImportOptions());

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal(2, report.RowsWritten);
        var ada = await db.Members.GetAsync("A1");
        Assert.Equal("Lovelace", ada!.LastName);
        Assert.True(ada.IsCouncillor);
        Assert.Equal("CLP-1-B1", ada.BranchCode);
        var bob = await db.Members.GetAsync("A2");
        Assert.Equal(new DateTimeOffset(2020, 3, 1, 0, 0, 0, TimeSpan.Zero), bob!.JoinedAt); // midnight in London, GMT in March
        Assert.Equal("AFF-U", bob.AffiliateCode);
        Assert.Equal(2, await db.ImportRuns.CountAsync("imported")); // the units, then the members
    }

    [Fact]
    public async Task ImportAsync_Problems_ReportsEachWithLineAndColumnAndWritesNothing()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        using var folder = new TempFolder();
        await ImportUnits(db, folder);
        await db.Members.UpsertAsync(Members.Bare("KEEP") with { LocalPartyCode = "CLP-1" });
        var file = Header + Good1 + Good2
            + "A3,Cat,Smith,,,,,,,31/02/2020,2020-01-01,2020-01-01,,full,CLP-1,,,,,,no,\n"   // line 4: impossible date of birth
            + "A4,Dan,Smith,,,,,,,,2020-01-01,2020-01-01,,full,CLP-999,,,,,,no,\n"          // line 5: unknown local party
            + "A1,Eve,Smith,,,,,,,,2020-01-01,2020-01-01,,full,CLP-1,,,,,,no,\n"            // line 6: duplicate number
            + ",Fay,Smith,,,,,,,,2020-01-01,2020-01-01,,full,CLP-1,,,,,,no,\n";             // line 7: missing number

        var report = await new MemberImporter(db, _time).ImportAsync(folder.File("m.csv", file), new ImportOptions());

        Assert.False(report.Succeeded);
        Assert.Equal(0, report.RowsWritten);
        Assert.Equal(
            [
                "line 4, column date_of_birth: not a real date (expected YYYY-MM-DD or DD/MM/YYYY)",
                "line 5, column local_party: unknown local party code (import the organisation first: omov org import)",
                "line 6, column membership_number: duplicate membership number (first on line 2)",
                "line 7, column membership_number: required value missing",
            ],
            report.Problems.Select(p => p.ToString()));
        Assert.DoesNotContain(report.Problems, p => p.Reason.Contains("31/02", StringComparison.Ordinal) || p.Reason.Contains("Smith", StringComparison.Ordinal));
        Assert.Equal(1, await db.Members.CountAsync());
        Assert.Equal(1, await db.ImportRuns.CountAsync("rejected"));
    }

    [Fact]
    public async Task ImportAsync_DryRun_ChecksButWritesNothing()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        using var folder = new TempFolder();
        await ImportUnits(db, folder);

        var report = await new MemberImporter(db, _time).ImportAsync(folder.File("m.csv", Header + Good1 + Good2), new ImportOptions { DryRun = true });

        Assert.True(report.Succeeded);
        Assert.Equal(2, report.RowsRead);
        Assert.Equal(0, await db.Members.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_UnknownColumn_IsAProblemUnlessMappedOrIgnored()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        using var folder = new TempFolder();
        await ImportUnits(db, folder);
        var path = folder.File("m.csv", "Member No,first_name,last_name,joined_at,continuous_since,status,local_party,Notes\nB1,Al,Bee,2020-01-01,2020-01-01,full,CLP-1,likes cats\n");
        var importer = new MemberImporter(db, _time);

        var plain = await importer.ImportAsync(path, new ImportOptions());
        var mapping = ColumnMapping.Parse(["Member No=membership_number"], MemberCsvFormat.Fields, out var error);
        var mapped = await importer.ImportAsync(path, new ImportOptions { Mapping = mapping!, IgnoreUnknownColumns = true });

        Assert.Null(error);
        Assert.Equal(["line 1, column Member No: unknown column (map it with --map COLUMN=field, or pass --ignore-unknown)", "line 1, column Notes: unknown column (map it with --map COLUMN=field, or pass --ignore-unknown)", "line 1, column membership_number: required column missing"], plain.Problems.Select(p => p.ToString()));
        Assert.True(mapped.Succeeded, string.Join("; ", mapped.Problems));
        Assert.Equal("Bee", (await db.Members.GetAsync("B1"))!.LastName);
    }

    [Fact]
    public async Task ImportAsync_SqlLookingNames_AreStoredAsData()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        using var folder = new TempFolder();
        await ImportUnits(db, folder);
        var file = Header + "X1,\"Robert'); DROP TABLE members;--\",\"O'Neil\"\" OR 1=1\",,,,,,,,2020-01-01,2020-01-01,,full,CLP-1,,,,,,no,\n";

        var report = await new MemberImporter(db, _time).ImportAsync(folder.File("m.csv", file), new ImportOptions());

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        var member = await db.Members.GetAsync("X1");
        Assert.Equal("Robert'); DROP TABLE members;--", member!.FirstName);
        Assert.Equal("O'Neil\" OR 1=1", member.LastName);
    }

    [Fact]
    public async Task ImportAsync_BinaryFile_OneClearProblem()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        using var folder = new TempFolder();
        var path = folder.File("photo.csv");
        await File.WriteAllBytesAsync(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        var report = await new MemberImporter(db, _time).ImportAsync(path, new ImportOptions());

        Assert.Equal("photo.csv: not a CSV text file (it holds binary data); save it as CSV in UTF-8", Assert.Single(report.Problems).ToString());
    }

    [Fact]
    public async Task ImportAsync_HugeLineWithoutBreaks_StopsWithOneProblem()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        using var folder = new TempFolder();
        await ImportUnits(db, folder);
        var path = folder.File("m.csv", Header + new string('x', 3 * 1024 * 1024));

        var report = await new MemberImporter(db, _time).ImportAsync(path, new ImportOptions());

        Assert.Equal("line 2: a field longer than 64 KB: this does not look like a register CSV file; reading stopped", Assert.Single(report.Problems).ToString());
        Assert.Equal(0, await db.Members.CountAsync());
    }

    [Fact]
    public async Task ExportThenImport_GeneratedRegister_RoundTripsExactly()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        using var folder = new TempFolder();
        var generator = new RegisterGenerator(seed: 42, memberCount: 2000);
        await generator.WriteCsvAsync(folder.Path);
        var units = await new UnitImporter(db, _time).ImportAsync(folder.File("units.csv"), new ImportOptions());
        var members = await new MemberImporter(db, _time).ImportAsync(folder.File("members.csv"), new ImportOptions());
        Assert.True(units.Succeeded, string.Join("; ", units.Problems));
        Assert.True(members.Succeeded, string.Join("; ", members.Problems));

        var exported = folder.File("export.csv");
        await using (var writer = new StreamWriter(exported))
        {
            Assert.Equal(2000, await RegisterCsvWriter.ExportMembersAsync(db, writer));
        }

        Assert.Equal(await File.ReadAllTextAsync(folder.File("members.csv")), await File.ReadAllTextAsync(exported));
        var expected = generator.Members().Select(Members.Describe).ToList();
        var actual = new List<string>();
        await foreach (var member in db.Members.StreamAllAsync())
        {
            actual.Add(Members.Describe(member));
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task UnitImport_BadParentAndKind_ReportsAndWritesNothing()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        using var folder = new TempFolder();
        var path = folder.File("u.csv", "code,name,kind,parent\nENG,England,nation,\nCLP-1,Hackney,local_party,ENG\nX,Thing,planet,\nENG,Again,nation,\n");

        var report = await new UnitImporter(db, _time).ImportAsync(path, new ImportOptions());

        Assert.Equal(
            [
                "line 4, column kind: unknown kind (expected nation, region, local_party, branch or affiliate)",
                "line 5, column code: duplicate code (first on line 2)",
                "line 3, column parent: a local_party needs the code of a region (in this file or already imported)",
            ],
            report.Problems.Select(p => p.ToString()));
        Assert.Empty(await db.Units.ListAsync());
    }

    [Fact]
    public async Task ImportAsync_ProblemOnTheLastRowOfMany_LeavesNothingBehindAndReportsProgress()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        using var folder = new TempFolder();
        var generator = new RegisterGenerator(seed: 9, memberCount: 20_000);
        await generator.WriteCsvAsync(folder.Path);
        await new UnitImporter(db, _time).ImportAsync(folder.File("units.csv"), new ImportOptions());
        await File.AppendAllTextAsync(folder.File("members.csv"), "Z9,Last,Row,,,,,,,,2020-01-01,2020-01-01,,full,NO-SUCH-CLP,,,,,,no,\n");
        var progress = new List<ImportProgress>();

        var report = await new MemberImporter(db, _time).ImportAsync(folder.File("members.csv"), new ImportOptions { Progress = new Collect(progress) });

        Assert.Equal(20_001, report.RowsRead);
        Assert.Equal("line 20002, column local_party: unknown local party code (import the organisation first: omov org import)", Assert.Single(report.Problems).ToString());
        Assert.Equal(0, await db.Members.CountAsync());
        Assert.NotEmpty(progress);
        Assert.Equal(progress[^1].TotalBytes, progress[^1].BytesRead);
    }

    private sealed class Collect(List<ImportProgress> into) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            lock (into)
            {
                into.Add(value);
            }
        }
    }

    private async Task ImportUnits(OmovDatabase db, TempFolder folder)
    {
        var report = await new UnitImporter(db, _time).ImportAsync(folder.File("units.csv", Units), new ImportOptions());
        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
    }
}
