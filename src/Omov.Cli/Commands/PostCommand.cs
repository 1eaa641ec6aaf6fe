using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Omov.Cli.Output;
using Omov.Delivery.Post;
using Omov.Delivery.Post.Batches;
using Omov.Delivery.Post.Input;
using Omov.Delivery.Post.Samples;

namespace Omov.Cli.Commands;

/// <summary><c>omov post render</c>: postal ballot packs as print-ready PDF files and a mailing-house manifest.</summary>
internal static class PostCommand
{
    public static Command Create(CliContext context) => new("post", "Postal ballots: render packs (letter, ballot papers, return statement) into print files sorted by postcode.")
    {
        Render(context),
    };

    private static Command Render(CliContext context)
    {
        var sample = new Option<int?>("--sample") { Description = "Render N synthetic packs (members of the synthetic register, a made-up leadership ballot).", HelpName = "N" };
        var recipients = new Option<string?>("--recipients") { Description = $"Render a pack for each row of this CSV, for the sample ballot. Columns: {string.Join(", ", RecipientCsv.Columns)}.", HelpName = "FILE" };
        var seed = new Option<int>("--seed") { Description = "Seed for --sample: the same seed gives the same packs.", HelpName = "S", DefaultValueFactory = _ => 1 };
        var language = new Option<string?>("--language") { Description = "For --sample: en or cy for every pack (default: a third of members in Wales get Welsh).", HelpName = "en|cy" };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the PDF files and the manifest (created if needed).", HelpName = "DIR", Required = true };
        var perFile = new Option<int>("--packs-per-file") { Description = "Packs in each PDF file.", HelpName = "N", DefaultValueFactory = _ => 1000 };
        var parallel = new Option<int>("--parallel") { Description = "Files rendered at once (default: one per processor).", HelpName = "N", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command(
            "render",
            "Render postal packs into PDF print files sorted by postcode (then membership number), with a CSV manifest for the mailing house (file, pages, membership number, postcode).\n"
            + "Example: omov post render --sample 1000 --out packs/\n"
            + "Exit codes: 0 written, 2 bad input (nothing is written), 1 anything else.")
        {
            sample, recipients, seed, language, output, perFile, parallel,
        };
        command.SetAction(parsed =>
        {
            var count = parsed.GetValue(sample);
            var csvPath = parsed.GetValue(recipients);
            if ((count is null) == (csvPath is null))
            {
                context.Fail("give exactly one of --sample N or --recipients FILE");
                return ExitCodes.BadInput;
            }

            if (count is < 1)
            {
                context.Fail("--sample must be 1 or more");
                return ExitCodes.BadInput;
            }

            var packsPerFile = parsed.GetValue(perFile);
            var parallelism = parsed.GetValue(parallel);
            if (packsPerFile < 1 || parallelism < 1)
            {
                context.Fail(packsPerFile < 1 ? "--packs-per-file must be 1 or more" : "--parallel must be 1 or more");
                return ExitCodes.BadInput;
            }

            PostalLanguage? forced = parsed.GetValue(language)?.ToLowerInvariant() switch
            {
                null => null,
                "en" => PostalLanguage.English,
                "cy" => PostalLanguage.Welsh,
                _ => (PostalLanguage)(-1),
            };
            if (forced is { } chosen && !Enum.IsDefined(chosen))
            {
                context.Fail("--language must be en or cy");
                return ExitCodes.BadInput;
            }

            IEnumerable<PostalPack> packs;
            int total;
            if (csvPath is not null)
            {
                if (!File.Exists(csvPath))
                {
                    context.Fail($"{csvPath}: no such file");
                    return ExitCodes.BadInput;
                }

                // Every row is checked before anything is drawn, so a bad file writes nothing.
                var csv = new RecipientCsv(csvPath, SampleBallots.English, SampleBallots.Welsh);
                total = csv.Read().Count();
                if (csv.Error is { } error)
                {
                    context.Fail(error.ToString());
                    return ExitCodes.BadInput;
                }

                packs = csv.Read();
            }
            else
            {
                total = count!.Value;
                packs = SamplePacks.Generate(total, parsed.GetValue(seed), forced);
            }

            var folder = parsed.GetValue(output)!;
            var stopwatch = Stopwatch.StartNew();
            var result = RenderProgressBar.Run(context, total, "Rendering postal packs", progress =>
                new PostalBatchWriter(new PostalBatchOptions { Folder = folder, PacksPerFile = packsPerFile, Parallelism = parallelism, Progress = progress })
                    .WriteAsync(packs));
            if (result.Summary is not { } summary)
            {
                context.Fail(string.Join("; ", result.Problems));
                return ExitCodes.BadInput;
            }

            context.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Wrote {summary.Packs} packs ({summary.Pages} pages) into {summary.Files.Count} PDF file{(summary.Files.Count == 1 ? string.Empty : "s")} in {folder}, sorted by postcode; manifest {summary.ManifestPath}. {stopwatch.Elapsed.TotalSeconds:F1} s."));
            if (summary.CutLines > 0)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Note: {summary.CutLines} lines were too long even at the smallest size and were shortened with '…'."));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
