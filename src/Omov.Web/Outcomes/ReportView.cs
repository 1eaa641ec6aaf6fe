namespace Omov.Web.Outcomes;

/// <summary>What the count report partial shows: a report and an id prefix unique on the page.</summary>
/// <param name="Id">A prefix for element ids (the contest code).</param>
/// <param name="Report">The count.</param>
/// <param name="Welsh">Whether headings are in Welsh.</param>
internal sealed record ReportView(string Id, CountReport Report, bool Welsh = false);
