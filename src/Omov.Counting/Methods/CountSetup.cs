using Omov.Counting.Arithmetic;
using Omov.Counting.Ballots;
using Omov.Counting.Constraints;
using Omov.Counting.Ties;

namespace Omov.Counting.Methods;

/// <summary>
/// What every count of FPTP, block, AV and Meek starts from: the seats, who is withdrawn, which
/// ballots are valid, the tie-breaker and the constraint guard, and the record of stages.
/// </summary>
/// <remarks>
/// Kept in one place so the four methods agree on the common rules (withdrawals, validity, stage records): withdrawn
/// candidates are skipped on ballots, a ballot naming only withdrawn candidates is invalid, and
/// every stage lists every candidate in ballot-paper order.
/// </remarks>
internal sealed class CountSetup
{
    private readonly List<Stage> _stages = [];
    private readonly List<IReadOnlyList<Votes>> _history = [];

    private CountSetup(BallotBox box, CountOptions options)
    {
        Box = box;
        Options = options;
        CandidateCount = box.Candidates.Count;
        Seats = options.Seats ?? box.Seats;
        IsWithdrawn = new bool[CandidateCount];
        foreach (var c in box.Withdrawn.Concat(options.Withdraw))
        {
            IsWithdrawn[c] = true;
        }

        Withdrawn = Enumerable.Range(0, CandidateCount).Where(c => IsWithdrawn[c]).ToArray();
        Statuses = new CandidateStatus[CandidateCount];
        for (var c = 0; c < CandidateCount; c++)
        {
            Statuses[c] = IsWithdrawn[c] ? CandidateStatus.Withdrawn : CandidateStatus.Hopeful;
        }

        long valid = 0;
        var weights = box.Weights;
        for (var i = 0; i < box.RankingCount; i++)
        {
            foreach (var packed in box.Ranking(i))
            {
                if (!IsWithdrawn[Preference.Candidate(packed)])
                {
                    valid = checked(valid + weights[i]);
                    break;
                }
            }
        }

        ValidBallots = valid;
        InvalidBallots = checked(box.EmptyBallots + (box.TotalWeight - valid));
        TieBreaker = new TieBreaker(options.TieBreak, TieBreaker.SeedFrom(box));
        Guard = new ConstraintGuard(options, CandidateCount, Seats);
    }

    public BallotBox Box { get; }

    public CountOptions Options { get; }

    public int CandidateCount { get; }

    public int Seats { get; }

    public bool[] IsWithdrawn { get; }

    public IReadOnlyList<int> Withdrawn { get; }

    /// <summary>Every candidate's status now; stages take a copy.</summary>
    public CandidateStatus[] Statuses { get; }

    public long ValidBallots { get; }

    public long InvalidBallots { get; }

    public TieBreaker TieBreaker { get; }

    public ConstraintGuard Guard { get; }

    public List<int> Elected { get; } = [];

    public List<int> Excluded { get; } = [];

    public List<string> Notes { get; } = [];

    /// <summary>Every earlier stage's totals, oldest first, for looking back at ties.</summary>
    public IReadOnlyList<IReadOnlyList<Votes>> History => _history;

    public IReadOnlyList<Stage> Stages => _stages;

    /// <summary>The number the next stage will get.</summary>
    public int NextStageNumber => _stages.Count + 1;

    public int SeatsLeft => Seats - Elected.Count;

    public IEnumerable<int> Hopefuls()
    {
        for (var c = 0; c < CandidateCount; c++)
        {
            if (Statuses[c] == CandidateStatus.Hopeful)
            {
                yield return c;
            }
        }
    }

    public static CountSetup Create(BallotBox box, CountOptions options)
    {
        ArgumentNullException.ThrowIfNull(box);
        ArgumentNullException.ThrowIfNull(options);
        return new CountSetup(box, options);
    }

    public void Elect(int candidate)
    {
        Statuses[candidate] = CandidateStatus.Elected;
        Elected.Add(candidate);
    }

    public void Exclude(int candidate)
    {
        Statuses[candidate] = CandidateStatus.Excluded;
        Excluded.Add(candidate);
    }

    /// <summary>Appends a stage with a snapshot of the statuses.</summary>
    public Stage AddStage(StageAction action, IReadOnlyList<Votes> votes, Votes nonTransferable, Votes? quota, IReadOnlyList<int>? subjects = null, IReadOnlyList<int>? elected = null, IReadOnlyList<int>? excluded = null, IReadOnlyList<string>? notes = null)
    {
        var stage = new Stage
        {
            Number = NextStageNumber,
            Action = action,
            Subjects = subjects ?? [],
            Votes = votes,
            NonTransferable = nonTransferable,
            Quota = quota,
            Elected = elected ?? [],
            Excluded = excluded ?? [],
            Notes = notes ?? [],
            Statuses = (CandidateStatus[])Statuses.Clone(),
        };
        _stages.Add(stage);
        _history.Add(votes);
        return stage;
    }

    public CountResult Result(string method, int decimals, Votes? quota, int? seats = null) => new()
    {
        Method = method,
        Title = Box.Title,
        Seats = seats ?? Seats,
        Candidates = Box.Candidates,
        ValidBallots = ValidBallots,
        InvalidBallots = InvalidBallots,
        Decimals = decimals,
        Quota = quota,
        Stages = _stages.ToArray(),
        Elected = Elected.ToArray(),
        Excluded = Excluded.ToArray(),
        Withdrawn = Withdrawn,
        TieBreaks = TieBreaker.Record.ToArray(),
        TieBreakSeed = TieBreaker.Seed,
        TieBreakOrder = Options.TieBreak.LotOrder,
        Limits = Options.Limits,
        Groups = Options.Groups,
        Notes = Notes.ToArray(),
    };

    public string Name(int candidate) => Box.Candidates[candidate];
}
