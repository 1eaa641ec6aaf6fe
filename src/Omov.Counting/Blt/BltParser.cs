using System.Text;
using Omov.Counting.Ballots;

namespace Omov.Counting.Blt;

/// <summary>
/// One pass over the bytes of a BLT file. The ballot section, which is nearly all of a large
/// file, is read straight from the bytes: no string per line, no split, no per-ballot object;
/// only names, the title and error messages become strings.
/// </summary>
/// <remarks>
/// The rules are those of <c>blt-quirks/README.md</c>; the numbers in comments below are its rule numbers.
/// Each <c>Try</c> method returns false after setting <see cref="_error"/>, so that a bad file
/// never costs an exception.
/// </remarks>
internal ref struct BltParser
{
    /// <summary>Where <see cref="ReadNumber"/> stops counting: above every limit, far below overflow.</summary>
    private const long Saturated = 1_000_000_000_000_000;

    private readonly ReadOnlySpan<byte> _data;
    private readonly string _fileName;
    private readonly List<AlternativeName> _alternativeNames = [];
    private int _next;
    private int _lineNumber;
    private ReadOnlySpan<byte> _line;
    private bool _lineEndsFile;
    private bool _commaSeparated;
    private int _candidates;
    private int _seats;
    private BltError? _error;

    public BltParser(ReadOnlySpan<byte> data, string fileName)
    {
        // Rule 1: a byte-order mark is ignored (and is not counted as a column).
        _data = data.StartsWith("\uFEFF"u8) ? data[3..] : data;
        _fileName = fileName;
    }

    private readonly int EndOfFileLine => _lineNumber == 0 ? 1 : _lineEndsFile ? _lineNumber : _lineNumber + 1;

    public BltReadResult Parse()
    {
        if (!TryReadHeader() || !TryReadBallots(out var builder, out var withdrawn) || !TryReadNames(out var names, out var title))
        {
            return BltReadResult.Fail(_error!);
        }

        return BltReadResult.Ok(builder.Build(title, _seats, names, withdrawn));
    }

    private static bool IsDigit(byte b) => unchecked((uint)(b - (byte)'0')) <= 9;

    /// <summary>Reads a run of digits at <paramref name="i"/>, saturating at <see cref="Saturated"/> so no length of digits can overflow.</summary>
    private static long ReadNumber(ReadOnlySpan<byte> line, ref int i)
    {
        long value = 0;
        while (i < line.Length && IsDigit(line[i]))
        {
            if (value < Saturated)
            {
                value = unchecked((value * 10) + (line[i] - '0'));
            }

            i++;
        }

        return value;
    }

    private static string Digits(ReadOnlySpan<byte> line, int start)
    {
        var end = start;
        while (end < line.Length && IsDigit(line[end]))
        {
            end++;
        }

        return Encoding.ASCII.GetString(line[start..end]);
    }

    private readonly bool IsSeparator(byte b) => b == ' ' || b == '\t' || (b == ',' && _commaSeparated);

    private readonly int SkipSeparators(ReadOnlySpan<byte> line, int i)
    {
        while (i < line.Length && IsSeparator(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Moves to the next line (rule 1: LF or CRLF; the last line may lack a newline).</summary>
    private bool NextLine()
    {
        if (_next >= _data.Length)
        {
            return false;
        }

        var start = _next;
        var newline = _data[start..].IndexOf((byte)'\n');
        int end;
        if (newline < 0)
        {
            end = _data.Length;
            _next = _data.Length;
            _lineEndsFile = true;
        }
        else
        {
            end = start + newline;
            _next = end + 1;
            _lineEndsFile = false;
        }

        if (end > start && _data[end - 1] == '\r')
        {
            end--;
        }

        _line = _data[start..end];
        _lineNumber++;
        return true;
    }

    private bool Fail(BltErrorKind kind, int? offset, string message)
    {
        int? column = offset is { } o ? BltText.ColumnOf(_line, o) : null;
        _error = new BltError(_fileName, _lineNumber, column, kind, message);
        return false;
    }

    private bool FailAtLine(int line, BltErrorKind kind, string message)
    {
        _error = new BltError(_fileName, line, null, kind, message);
        return false;
    }

    /// <summary>Fails on an unexpected byte: invalid text is <see cref="BltErrorKind.InvalidBytes"/>, a stray character is <paramref name="kind"/>.</summary>
    private bool FailUnexpected(int offset, BltErrorKind kind, Func<string, string> message)
    {
        if (_line[offset] == (byte)'\r')
        {
            return Fail(BltErrorKind.InvalidBytes, offset, BltMessages.LoneCarriageReturn);
        }

        if (_line[offset] == (byte)',' && !_commaSeparated)
        {
            return Fail(BltErrorKind.Malformed, offset, BltMessages.CommaNotSeparator);
        }

        var (actual, text) = BltText.Unexpected(_line, offset, kind, message);
        return Fail(actual, offset, text);
    }

    // Rule 2: a line whose first non-blank character is '#' is a comment, anywhere in the file.
    private bool TryComment(int hash)
    {
        var line = _line;
        var i = SkipBlanks(line, hash + 1);
        if (!StartsWithWord(line, i, "ALTERNATIVE"u8))
        {
            return true;
        }

        var afterWord = i + "ALTERNATIVE".Length;
        var j = SkipBlanks(line, afterWord);
        if (j == afterWord || !StartsWithWord(line, j, "NAME"u8))
        {
            return true;
        }

        // '# ALTERNATIVE NAME n: name' carries data (Glasgow 2007), so a damaged one is an error, not a comment.
        i = SkipBlanks(line, j + "NAME".Length);
        if (i == line.Length || !IsDigit(line[i]))
        {
            return Fail(BltErrorKind.Malformed, i, BltMessages.BadAlternativeName);
        }

        var numberAt = i;
        var number = ReadNumber(line, ref i);
        var digits = Digits(line, numberAt);
        i = SkipBlanks(line, i);
        if (i == line.Length || line[i] != ':')
        {
            return Fail(BltErrorKind.Malformed, i, BltMessages.BadAlternativeName);
        }

        var nameBytes = line[(i + 1)..];
        var invalid = BltText.FirstInvalid(nameBytes);
        if (invalid >= 0)
        {
            return FailUnexpected(i + 1 + invalid, BltErrorKind.InvalidBytes, found => found);
        }

        var name = BltText.ReadName(BltText.Decode(nameBytes), _commaSeparated, out var quoteAt);
        if (name is null)
        {
            return Fail(BltErrorKind.Malformed, i + 1 + Encoding.UTF8.GetByteCount(BltText.Decode(nameBytes).AsSpan(0, quoteAt)), BltMessages.QuoteNotClosed);
        }

        _alternativeNames.Add(new AlternativeName(number, digits, name, _lineNumber, BltText.ColumnOf(line, numberAt)));
        return true;
    }

    private static int SkipBlanks(ReadOnlySpan<byte> line, int i)
    {
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    private static bool StartsWithWord(ReadOnlySpan<byte> line, int i, ReadOnlySpan<byte> upperWord)
    {
        if (line.Length - i < upperWord.Length)
        {
            return false;
        }

        for (var k = 0; k < upperWord.Length; k++)
        {
            if ((line[i + k] & 0xDF) != upperWord[k])
            {
                return false;
            }
        }

        return true;
    }

    // Rule 3: the header is '<candidates> <seats>' with 1 <= seats <= candidates; rule 8: a
    // header ending in a comma makes commas separators for the whole file.
    private bool TryReadHeader()
    {
        var sawComment = false;
        while (true)
        {
            if (!NextLine())
            {
                return FailAtLine(EndOfFileLine, BltErrorKind.EmptyFile, sawComment || _lineNumber > 0 ? BltMessages.OnlyComments : BltMessages.EmptyFile);
            }

            var first = SkipBlanks(_line, 0);
            if (first == _line.Length)
            {
                continue;
            }

            if (_line[first] != '#')
            {
                break;
            }

            sawComment = true;
            if (!TryComment(first))
            {
                return false;
            }
        }

        var line = _line;
        var last = line.Length - 1;
        while (line[last] == ' ' || line[last] == '\t')
        {
            last--;
        }

        _commaSeparated = line[last] == ',';
        var i = SkipSeparators(line, 0);
        if (i == line.Length)
        {
            // Only commas: a header of separators and nothing else.
            return Fail(BltErrorKind.BadHeader, 0, BltMessages.HeaderNotNumber);
        }

        if (!TryHeaderNumber(i, out var candidates, out i))
        {
            return false;
        }

        if (candidates > BltReader.MaxCandidates)
        {
            var at = SkipSeparators(line, 0);
            return Fail(BltErrorKind.NumberTooLarge, at, BltMessages.TooManyCandidates(Digits(line, at)));
        }

        if (candidates == 0)
        {
            return Fail(BltErrorKind.BadHeader, SkipSeparators(line, 0), BltMessages.NoCandidates);
        }

        _candidates = (int)candidates;
        i = SkipSeparators(line, i);
        if (i == line.Length)
        {
            return Fail(BltErrorKind.BadHeader, i, BltMessages.HeaderMissingSeats);
        }

        var seatsAt = i;
        if (!TryHeaderNumber(i, out var seats, out i))
        {
            return false;
        }

        if (seats == 0 || seats > _candidates)
        {
            return Fail(BltErrorKind.BadHeader, seatsAt, seats >= Saturated ? BltMessages.SeatsTooLarge(_candidates) : BltMessages.BadSeats(seats, _candidates));
        }

        _seats = (int)seats;
        i = SkipSeparators(line, i);
        return i == line.Length || FailHeaderText(i, BltMessages.HeaderExtra);
    }

    private bool TryHeaderNumber(int i, out long value, out int end)
    {
        value = 0;
        end = i;
        var line = _line;
        if (line[i] == '-')
        {
            return Fail(BltErrorKind.BadHeader, i, BltMessages.NegativeInHeader);
        }

        if (!IsDigit(line[i]))
        {
            return FailHeaderText(i, BltMessages.HeaderNotNumber);
        }

        var start = i;
        value = ReadNumber(line, ref i);
        end = i;
        return i == line.Length || IsSeparator(line[i]) || FailHeaderText(i, BltMessages.HeaderNotNumber, start);
    }

    private bool FailHeaderText(int offset, string message, int? tokenStart = null)
    {
        var (kind, _) = BltText.Unexpected(_line, offset, BltErrorKind.BadHeader, found => found);
        return kind == BltErrorKind.InvalidBytes
            ? FailUnexpected(offset, BltErrorKind.BadHeader, found => found)
            : Fail(BltErrorKind.BadHeader, tokenStart ?? offset, message);
    }

    // Rules 4 and 5: withdrawn candidates, then ballot lines '<weight> <candidate> ... 0', then '0'.
    private bool TryReadBallots(out BallotBoxBuilder builder, out List<int> withdrawn)
    {
        builder = new BallotBoxBuilder(_candidates);
        withdrawn = [];
        var ranking = new ushort[_candidates + 1];
        long total = 0;
        var started = false;
        while (true)
        {
            if (!NextLine())
            {
                return FailAtLine(EndOfFileLine, BltErrorKind.UnexpectedEndOfFile, BltMessages.EndsInsideBallots);
            }

            var line = _line;
            var i = SkipSeparators(line, 0);
            if (i == line.Length)
            {
                continue;
            }

            switch (line[i])
            {
                case (byte)'#':
                    if (!TryComment(i))
                    {
                        return false;
                    }

                    continue;
                case (byte)'-':
                    // Rule 4: only the lines before the first ballot may list withdrawn candidates;
                    // after it a '-' can only be a negative weight.
                    if (started)
                    {
                        return Fail(BltErrorKind.NegativeWeight, i, BltMessages.NegativeWeight);
                    }

                    if (!TryWithdrawnLine(i, withdrawn))
                    {
                        return false;
                    }

                    continue;
                case (byte)'[':
                    if (started)
                    {
                        return Fail(BltErrorKind.Malformed, i, BltMessages.OptionAfterBallots(OptionName(line, i + 1)));
                    }

                    if (!TryOptionLine(i, withdrawn))
                    {
                        return false;
                    }

                    continue;
            }

            var outcome = ReadBallotLine(i, builder, ranking, ref total);
            if (outcome == BallotLine.Failed)
            {
                return false;
            }

            if (outcome == BallotLine.EndOfBallots)
            {
                return true;
            }

            started = true;
        }
    }

    private enum BallotLine
    {
        Ballot,
        EndOfBallots,
        Failed,
    }

    private BallotLine ReadBallotLine(int i, BallotBoxBuilder builder, Span<ushort> ranking, ref long total)
    {
        var line = _line;
        if (line[i] == '(')
        {
            // Droop's optional ballot id, '(id) weight ...': it names a paper, not a preference, so it is skipped.
            var close = line[i..].IndexOf((byte)')');
            if (close < 0)
            {
                Fail(BltErrorKind.Malformed, i, BltMessages.BallotIdNotClosed);
                return BallotLine.Failed;
            }

            i = SkipSeparators(line, i + close + 1);
            if (i == line.Length)
            {
                Fail(BltErrorKind.Malformed, i, BltMessages.ExpectedNumber("the end of the line"));
                return BallotLine.Failed;
            }
        }

        var weightAt = i;
        if (!IsDigit(line[i]))
        {
            if (line[i] == '-')
            {
                Fail(BltErrorKind.NegativeWeight, i, BltMessages.NegativeWeight);
            }
            else
            {
                FailUnexpected(i, BltErrorKind.MissingEndOfBallots, BltMessages.ExpectedBallot);
            }

            return BallotLine.Failed;
        }

        var weight = ReadNumber(line, ref i);
        if (i < line.Length && !IsSeparator(line[i]))
        {
            FailUnexpected(i, BltErrorKind.Malformed, BltMessages.ExpectedCandidate);
            return BallotLine.Failed;
        }

        if (weight == 0)
        {
            // A weight of 0 is refused rather than skipped: '0 1 2 0' is as likely to be the end
            // of the ballots followed by stray text as a deliberate empty line, and guessing
            // either way could change the count.
            if (SkipSeparators(line, i) == line.Length)
            {
                return BallotLine.EndOfBallots;
            }

            Fail(BltErrorKind.NegativeWeight, weightAt, BltMessages.ZeroWeight);
            return BallotLine.Failed;
        }

        if (weight > BltReader.MaxWeightPerLine)
        {
            Fail(BltErrorKind.NumberTooLarge, weightAt, BltMessages.WeightTooLarge);
            return BallotLine.Failed;
        }

        total += weight;
        if (total > BltReader.MaxTotalWeight)
        {
            Fail(BltErrorKind.NumberTooLarge, weightAt, BltMessages.TotalTooLarge);
            return BallotLine.Failed;
        }

        // The hot loop of the whole reader: a million lines of thirty preferences pass through
        // here, so separators and digits are tested inline and the arithmetic, bounded by the
        // checks around it, is unchecked.
        var comma = _commaSeparated;
        var candidates = _candidates;
        var count = 0;
        var equal = false;
        unchecked
        {
            while (true)
            {
                byte b;
                while (i < line.Length && ((b = line[i]) == ' ' || b == '\t' || (b == ',' && comma)))
                {
                    i++;
                }

                if (i == line.Length)
                {
                    if (_lineEndsFile)
                    {
                        FailAtLine(_lineNumber, BltErrorKind.UnexpectedEndOfFile, BltMessages.EndsInsideBallotLine);
                    }
                    else
                    {
                        Fail(BltErrorKind.MissingEndOfBallots, i, BltMessages.MissingClosingZero);
                    }

                    return BallotLine.Failed;
                }

                var at = i;
                var digit = (uint)(line[i] - '0');
                if (digit > 9)
                {
                    FailBeforeCandidate(i);
                    return BallotLine.Failed;
                }

                // Saturates just above the candidate limit, so any run of digits is safe.
                var candidate = (int)digit;
                i++;
                while (i < line.Length && (digit = (uint)(line[i] - '0')) <= 9)
                {
                    if (candidate <= BltReader.MaxCandidates)
                    {
                        candidate = (candidate * 10) + (int)digit;
                    }

                    i++;
                }

                if (candidate == 0)
                {
                    if (equal || (i < line.Length && line[i] == '='))
                    {
                        Fail(BltErrorKind.Malformed, equal ? at - 1 : i, BltMessages.EqualWithoutCandidate);
                        return BallotLine.Failed;
                    }

                    i = SkipSeparators(line, i);
                    if (i < line.Length)
                    {
                        FailUnexpected(i, BltErrorKind.Malformed, BltMessages.AfterClosingZero);
                        return BallotLine.Failed;
                    }

                    break;
                }

                if (candidate > candidates)
                {
                    Fail(BltErrorKind.CandidateOutOfRange, at, BltMessages.CandidateOutOfRange(Digits(line, at), candidates));
                    return BallotLine.Failed;
                }

                // 'a=b' packs b with the equal flag (Preference.EqualFlag): ranked level with a.
                // Past candidates + 1 preferences some candidate must repeat, and the builder cuts
                // the ranking at the first repeat, so the rest is checked but not kept: one
                // absurdly long line cannot make the buffer grow.
                if (count < ranking.Length)
                {
                    ranking[count++] = (ushort)((candidate - 1) | (equal ? Preference.EqualFlag : 0));
                }

                equal = false;
                if (i < line.Length)
                {
                    b = line[i];
                    if (b == '=')
                    {
                        i++;
                        if (i == line.Length || !IsDigit(line[i]))
                        {
                            Fail(BltErrorKind.Malformed, i - 1, BltMessages.EqualWithoutCandidate);
                            return BallotLine.Failed;
                        }

                        equal = true;
                    }
                    else if (!(b == ' ' || b == '\t' || (b == ',' && comma)))
                    {
                        FailUnexpected(i, BltErrorKind.Malformed, BltMessages.ExpectedCandidate);
                        return BallotLine.Failed;
                    }
                }
            }
        }

        if (count == 0)
        {
            builder.AddEmpty(weight);
        }
        else
        {
            builder.Add(ranking[..count], weight);
        }

        return BallotLine.Ballot;
    }

    private bool FailBeforeCandidate(int i) =>
        _line[i] switch
        {
            (byte)'-' => Fail(BltErrorKind.CandidateOutOfRange, i, BltMessages.NegativeCandidate(_candidates)),
            (byte)'=' => Fail(BltErrorKind.Malformed, i, BltMessages.EqualWithoutCandidate),
            _ => FailUnexpected(i, BltErrorKind.Malformed, BltMessages.ExpectedCandidate),
        };

    // Rule 4: '-2 -5' withdraws candidates 2 and 5. A line that starts with '-' but goes on
    // with positive numbers is a ballot with a negative weight, and is reported as that.
    private bool TryWithdrawnLine(int i, List<int> withdrawn)
    {
        var line = _line;
        var first = i;
        var start = withdrawn.Count;
        while (i < line.Length)
        {
            if (line[i] != '-')
            {
                withdrawn.RemoveRange(start, withdrawn.Count - start);
                return IsDigit(line[i])
                    ? Fail(BltErrorKind.NegativeWeight, first, BltMessages.NegativeWeight)
                    : FailUnexpected(i, BltErrorKind.Malformed, _ => BltMessages.WithdrawnNotNegative);
            }

            var at = i++;
            if (i == line.Length || !IsDigit(line[i]))
            {
                return Fail(BltErrorKind.Malformed, at, BltMessages.WithdrawnNotNegative);
            }

            if (!TryCandidateNumber(ref i, at, withdrawn))
            {
                return false;
            }

            i = SkipSeparators(line, i);
        }

        return true;
    }

    // Droop's option lines before the ballots; '[withdrawn 2 5]' is the one that changes a count.
    private bool TryOptionLine(int i, List<int> withdrawn)
    {
        var line = _line;
        var open = i;
        var name = OptionName(line, i + 1);
        if (!name.Equals("withdrawn", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(BltErrorKind.Malformed, open, BltMessages.UnknownOption(name));
        }

        i = SkipBlanks(line, i + 1) + name.Length;
        while (true)
        {
            i = SkipSeparators(line, i);
            if (i == line.Length)
            {
                return Fail(BltErrorKind.Malformed, open, BltMessages.OptionNotClosed);
            }

            if (line[i] == ']')
            {
                i = SkipSeparators(line, i + 1);
                return i == line.Length || FailUnexpected(i, BltErrorKind.Malformed, BltMessages.AfterClosingZero);
            }

            if (!IsDigit(line[i]))
            {
                return FailUnexpected(i, BltErrorKind.Malformed, BltMessages.ExpectedCandidate);
            }

            if (!TryCandidateNumber(ref i, i, withdrawn))
            {
                return false;
            }
        }
    }

    private bool TryCandidateNumber(ref int i, int reportAt, List<int> into)
    {
        var line = _line;
        var digitsAt = i;
        var number = ReadNumber(line, ref i);
        if (number == 0 || number > _candidates)
        {
            return Fail(BltErrorKind.CandidateOutOfRange, reportAt, BltMessages.CandidateOutOfRange(Digits(line, digitsAt), _candidates));
        }

        if (i < line.Length && !IsSeparator(line[i]) && line[i] != ']')
        {
            return FailUnexpected(i, BltErrorKind.Malformed, BltMessages.ExpectedNumber);
        }

        into.Add((int)number - 1);
        return true;
    }

    private static string OptionName(ReadOnlySpan<byte> line, int i)
    {
        i = SkipBlanks(line, i);
        var start = i;
        while (i < line.Length && i - start < 40 && ((line[i] | 0x20) is >= (byte)'a' and <= (byte)'z' || line[i] == '-' || line[i] == '_'))
        {
            i++;
        }

        return Encoding.ASCII.GetString(line[start..i]);
    }

    // Rules 6 and 7: one name line per candidate, then a title line; blank lines are ignored.
    private bool TryReadNames(out string[] names, out string title)
    {
        names = [];
        title = string.Empty;
        var texts = new List<(string Text, int Line)>();
        var limit = _candidates + 1;
        while (NextLine())
        {
            var line = _line;
            var i = SkipSeparators(line, 0);
            if (i == line.Length)
            {
                continue;
            }

            if (line[i] == '#')
            {
                if (!TryComment(i))
                {
                    return false;
                }

                continue;
            }

            if (texts.Count == limit)
            {
                // Checked as soon as it happens, so a file of endless text is not held in memory.
                return Fail(BltErrorKind.Malformed, null, BltMessages.ExtraText(_candidates));
            }

            var invalid = BltText.FirstInvalid(line);
            if (invalid >= 0)
            {
                return FailUnexpected(invalid, BltErrorKind.InvalidBytes, found => found);
            }

            var decoded = BltText.Decode(line);
            var text = BltText.ReadName(decoded, _commaSeparated, out var quoteAt);
            if (text is null)
            {
                return Fail(BltErrorKind.Malformed, Encoding.UTF8.GetByteCount(decoded.AsSpan(0, quoteAt)), BltMessages.QuoteNotClosed);
            }

            texts.Add((text, _lineNumber));
        }

        return TryAssignNames(texts, out names, out title);
    }

    // Rule 2: '# ALTERNATIVE NAME n:' names candidate n when the name section holds no names.
    // Name lines win when there are enough of them; otherwise they fill, in order, the
    // candidates that have no alternative name, and the line after them is the title.
    private bool TryAssignNames(List<(string Text, int Line)> texts, out string[] names, out string title)
    {
        names = new string[_candidates];
        title = string.Empty;
        var nameLines = new int[_candidates];
        var next = 0;
        if (texts.Count >= _candidates)
        {
            for (var c = 0; c < _candidates; c++)
            {
                (names[c], nameLines[c]) = texts[c];
            }

            next = _candidates;
        }
        else
        {
            foreach (var alternative in _alternativeNames)
            {
                if (alternative.Number < 1 || alternative.Number > _candidates)
                {
                    _error = new BltError(_fileName, alternative.Line, alternative.Column, BltErrorKind.CandidateOutOfRange, BltMessages.AlternativeNameOutOfRange(alternative.Digits, _candidates));
                    return false;
                }

                // A later comment for the same candidate replaces an earlier one.
                names[alternative.Number - 1] = alternative.Name;
                nameLines[alternative.Number - 1] = alternative.Line;
            }

            var given = 0;
            for (var c = 0; c < _candidates; c++)
            {
                if (names[c] is null && next < texts.Count)
                {
                    (names[c], nameLines[c]) = texts[next++];
                }

                given += names[c] is null ? 0 : 1;
            }

            if (given < _candidates)
            {
                return given == 0
                    ? FailAtLine(EndOfFileLine, BltErrorKind.UnexpectedEndOfFile, BltMessages.EndsBeforeNames)
                    : FailAtLine(texts.Count > 0 ? texts[^1].Line : EndOfFileLine, BltErrorKind.MissingCandidateNames, BltMessages.MissingNames(given, _candidates));
            }
        }

        if (next < texts.Count)
        {
            title = texts[next++].Text;
        }

        if (next < texts.Count)
        {
            return FailAtLine(texts[next].Line, BltErrorKind.Malformed, BltMessages.ExtraText(_candidates));
        }

        for (var c = 0; c < _candidates; c++)
        {
            if (names[c].Length == 0)
            {
                return FailAtLine(nameLines[c], BltErrorKind.Malformed, BltMessages.EmptyName(c + 1));
            }
        }

        return true;
    }

    private readonly record struct AlternativeName(long Number, string Digits, string Name, int Line, int Column);
}
