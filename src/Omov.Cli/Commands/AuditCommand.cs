using System.CommandLine;
using System.Globalization;
using System.Text;
using Omov.Elections.Audit;

namespace Omov.Cli.Commands;

/// <summary>
/// <c>omov audit export [--db CONN] [--out FILE]</c> writes the stored log as JSON Lines.
/// <c>omov audit verify FILE [--last-hash H]</c>: checks a published audit log export (JSON Lines,
/// see <c>docs/audit-log.md</c>) link by link. Prints <c>OK: N entries, last hash H</c> and exits 0;
/// on a broken chain prints the first bad entry and why, and exits 1; on a file that is not a
/// well-formed export, one line on stderr with file and line, and exit 2.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "An audit log export: JSON Lines, one entry per line." };
        var lastHash = new Option<string?>("--last-hash")
        {
            Description = "The last hash published earlier: the log must end with it (this catches entries cut off the end, which a chain alone cannot show).",
            HelpName = "HASH",
        };
        var verify = new Command(
            "verify",
            "Verify an audit log export: sequence numbers, the hash of every entry and every link to the entry before.\n"
            + "Exit codes: 0 the chain verifies, 1 it does not (the first bad entry is named), 2 the file is not a well-formed export.")
        {
            file, lastHash,
        };
        verify.SetAction(parsed => Verify(context, parsed.GetRequiredValue(file), parsed.GetValue(lastHash)));

        return new Command("audit", "Work with the hash-chained audit log.") { verify, Export(context) };
    }

    private static Command Export(CliContext context)
    {
        var db = DatabaseOption.Create();
        var output = new Option<string?>("--out", "-o") { Description = "The file to write (default: stdout).", HelpName = "FILE" };
        var command = new Command(
            "export",
            "Export the stored audit log as JSON Lines (the format 'omov audit verify' checks; see docs/audit-log.md).\n"
            + "Example: omov audit export --out audit.jsonl && omov audit verify audit.jsonl")
        {
            db, output,
        };
        command.SetAction(parsed =>
        {
            using var database = DatabaseOption.Open(context, parsed.GetValue(db) ?? DatabaseOption.Default);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            if (parsed.GetValue(output) is not { } path)
            {
                database.AuditLog.ExportAsync(context.Out).GetAwaiter().GetResult();
                return ExitCodes.Success;
            }

            long count;
            try
            {
                using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
                count = database.AuditLog.ExportAsync(writer).GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Fail($"{path}: cannot be written: {ex.Message}");
                return ExitCodes.BadInput;
            }

            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Exported {count} audit entries to {path}."));
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Verify(CliContext context, string path, string? expectedLastHash)
    {
        if (expectedLastHash is not null && !IsHash(expectedLastHash))
        {
            context.Fail($"--last-hash must be 64 lowercase hexadecimal digits (got '{(expectedLastHash.Length > 70 ? expectedLastHash[..70] + "…" : expectedLastHash)}')");
            return ExitCodes.BadInput;
        }

        if (Directory.Exists(path))
        {
            context.Fail($"{path}: is a folder, not an audit log file");
            return ExitCodes.BadInput;
        }

        if (!File.Exists(path))
        {
            context.Fail($"{path}: file not found");
            return ExitCodes.BadInput;
        }

        AuditVerification? result;
        AuditLogError? error;
        try
        {
            (result, error) = AuditLogFile.Verify(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Fail($"{path}: cannot be read: {ex.Message}");
            return ExitCodes.BadInput;
        }

        if (error is not null)
        {
            context.Fail(error.ToString(path));
            return ExitCodes.BadInput;
        }

        if (!result!.IsValid)
        {
            // One entry per line, so an entry's position is its line number.
            context.Out.WriteLine($"FAILED: entry {result.FailedPosition} (line {result.FailedPosition}, sequence number {result.FailedSequence}): {Describe(result.Failure)}: {result.Reason}");
            if (result.VerifiedCount == 1)
            {
                context.Out.WriteLine($"The entry before it verifies; its hash is {result.LastHash}.");
            }
            else if (result.VerifiedCount > 1)
            {
                context.Out.WriteLine($"The {result.VerifiedCount} entries before it verify; the last of their hashes is {result.LastHash}.");
            }

            return ExitCodes.NotVerified;
        }

        if (expectedLastHash is not null && !string.Equals(expectedLastHash, result.LastHash, StringComparison.Ordinal))
        {
            context.Out.WriteLine($"FAILED: the log's {result.VerifiedCount} entries verify, but its last hash {result.LastHash} is not the expected {expectedLastHash}: entries were cut off the end, or this is another log.");
            return ExitCodes.NotVerified;
        }

        context.Out.WriteLine($"OK: {result.VerifiedCount} entries, last hash {result.LastHash}");
        return ExitCodes.Success;
    }

    private static string Describe(AuditFailureKind? kind) => kind switch
    {
        AuditFailureKind.HashMismatch => "hash mismatch",
        AuditFailureKind.BrokenLink => "broken link",
        AuditFailureKind.SequenceGap => "gap in sequence numbers",
        AuditFailureKind.SequenceOutOfOrder => "sequence numbers out of order",
        AuditFailureKind.TimestampBackwards => "timestamp goes backwards",
        AuditFailureKind.InvalidField => "invalid field",
        _ => "invalid",
    };

    private static bool IsHash(string text) =>
        text.Length == 64 && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
