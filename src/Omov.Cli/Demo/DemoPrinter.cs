using Omov.Data.Demo;

namespace Omov.Cli.Demo;

/// <summary>What the demo prints: the staff sign-ins, the event's timetable, and what to do next.</summary>
internal static class DemoPrinter
{
    public static void Print(TextWriter output, DemoSetup setup, IReadOnlyList<(string MembershipNumber, string Code, string Link)> voters, string file)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(setup.Event.TimeZone);
        string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString("HH:mm:ss 'on' d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        output.WriteLine();
        output.WriteLine($"{setup.Members:N0} members; ballot event '{setup.Event.Code}', open for voting, with {setup.Event.Contests.Count} contests:");
        foreach (var contest in setup.Event.Contests)
        {
            output.WriteLine($"  {contest.Code,-14} {contest.Title} ({contest.Method}, {contest.Seats} to elect, {contest.Candidates.Count} candidates)");
        }

        output.WriteLine($"It opens at {Local(setup.Event.Timetable.BallotOpens)} and closes at {Local(setup.Event.Timetable.Close)} ({setup.Event.TimeZone}).");
        output.WriteLine();
        output.WriteLine("Staff sign-ins (demonstration only: these are printed once and never again):");
        output.WriteLine($"  {"username",-18} {"role",-18} {"password",-18} second factor");
        foreach (var account in setup.Staff)
        {
            output.WriteLine($"  {account.Username,-18} {account.Role,-18} {account.Password,-18} key {account.TotpSecret}");
        }

        output.WriteLine();
        output.WriteLine("Add a key to an authenticator app, or print the current code with:");
        output.WriteLine($"  omov demo code USERNAME --db {file}");
        output.WriteLine();
        output.WriteLine("Key share passphrases (each scrutineer signs in, downloads their share once, and needs it to open the box):");
        foreach (var (username, passphrase) in setup.SharePassphrases)
        {
            output.WriteLine($"  {username,-18} {passphrase}");
        }

        output.WriteLine();
        output.WriteLine("Some voters (their ballot emails are waiting in the outbox):");
        foreach (var (member, code, link) in voters)
        {
            output.WriteLine($"  {member}  code {code}  or open {link}");
        }

        output.WriteLine();
        output.WriteLine("Vote, then after the close: a scrutineer opens the box (Ballot box page, two shares), the returning officer declares.");
    }

    public static void PrintAddresses(TextWriter output, IReadOnlyCollection<string> addresses)
    {
        var first = addresses.FirstOrDefault() ?? "";
        output.WriteLine($"Staff pages: {first}/SignIn");
    }
}
