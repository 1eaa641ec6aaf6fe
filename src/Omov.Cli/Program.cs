using System.CommandLine;
using System.CommandLine.Help;
using Omov.Cli.Commands;

namespace Omov.Cli;

/// <summary>The <c>omov</c> command.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args) =>
        Run(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected && !Console.IsErrorRedirected, Console.IsInputRedirected ? Console.In : null);

    /// <summary>
    /// Runs <c>omov</c> with <paramref name="args"/>, writing to the given writers instead of the
    /// console; returns the exit code (see <see cref="ExitCodes"/>). Secrets (a new password) are
    /// read from <paramref name="stdin"/>, or, when it is null, typed at the terminal without echo.
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false, TextReader? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var context = new CliContext(stdout, stderr, interactive, stdin is null ? () => SecretPrompt.Read(stderr) : stdin.ReadLine);
        var root = new RootCommand("omov: count elections from BLT ballot files, keep the member register, and run Omov from the command line.")
        {
            CountCommand.Create(context),
            MethodsCommand.Create(context),
            RulebookCommand.Create(context),
            AuditCommand.Create(context),
            MembersCommand.Create(context),
            OrgCommand.Create(context),
            ContestCommand.Create(context),
            RollCommand.Create(context),
            AdminCommand.Create(context),
            ServeCommand.Create(context),
            EventCommand.Create(context),
            PostCommand.Create(context),
            MailCommand.Create(context),
            Demo.DemoCommand.Create(context),
            NominationsCommand.Create(context),
            DelegatesCommand.Create(context),
            MessageCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            // The full command path ("omov members import"), so the hint names the right help.
            var names = new List<string>();
            for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            {
                names.Insert(0, result.Command is RootCommand ? "omov" : result.Command.Name);
            }

            var name = string.Join(' ', names);
            // One line: System.CommandLine lists allowed values on lines of their own.
            var message = string.Join(' ', parsed.Errors[0].Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            context.Fail($"{message} (see '{name} --help')");
            return ExitCodes.BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Fail(ex.Message);
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The last line of defence: a user never sees a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            context.Fail($"internal error ({ex.GetType().Name}): {ex.Message}. Please report this with the command line you ran.");
            return ExitCodes.Failure;
        }
    }
}
