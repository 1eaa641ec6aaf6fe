using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omov.Counting.Blt;
using Omov.Counting.Methods;
using Omov.Counting.Reports;
using Omov.Data;
using Omov.Elections.Results;
using Omov.Web.Outcomes;

namespace Omov.Web.Pages.Results;

/// <summary>
/// A declared contest's downloads: the count as JSON (as stored) or CSV, and the anonymised
/// ballots as BLT so that anyone can recount with any STV program. The CSV is made by recounting
/// the published BLT under the contest's rules, which also shows the BLT recounts to the result.
/// </summary>
internal sealed class DownloadModel(DeclaredResults declared, OmovDatabase database) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, string contest, string format, CancellationToken cancellationToken)
    {
        if (await declared.ContestAsync(code, contest, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var name = $"{found.Event.Code}-{found.Result.ContestCode}";
        switch (format)
        {
            case "json":
                return File(Encoding.UTF8.GetBytes(found.Result.ReportJson), "application/json", name + ".json");
            case "blt":
            case "csv":
                var blt = await database.Results.GetBltAsync(found.Event.Id, found.Result.ContestCode, cancellationToken);
                if (blt is null)
                {
                    return NotFound();
                }

                if (format == "blt")
                {
                    return File(blt, "text/plain; charset=utf-8", name + ".blt");
                }

                var read = BltReader.Parse(blt, name + ".blt");
                if (read.Ballots is null || CountingMethods.Find(found.Contest.Method) is not { } method)
                {
                    return NotFound();
                }

                var recount = method.Count(read.Ballots, ContestCounting.OptionsFor(found.Contest));
                using (var csv = new StringWriter())
                {
                    CsvReport.Write(recount, csv);
                    return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", name + ".csv");
                }

            default:
                return NotFound();
        }
    }
}
