using System.Text;
using OutOfCourt.Core.Import;

namespace OutOfCourt.Core.Tests.Import;

public sealed class CsvSpanReaderTests
{
    private static CsvSpanReader Reader(string content) => new(new MemoryStream(Encoding.UTF8.GetBytes(content)));

    private static List<(long Line, string[] Fields)> ReadAll(CsvSpanReader csv)
    {
        var rows = new List<(long, string[])>();
        while (csv.Read()) rows.Add((csv.LineNumber, Enumerable.Range(0, csv.FieldCount).Select(csv.FieldString).ToArray()));
        return rows;
    }

    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks_and_lines_are_counted_as_an_editor_shows_them()
    {
        using var csv = Reader("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",plain\n\"two\nlines\",2,3\r\nlast,  spaced  ,\"q\"");

        csv.Headers.Should().Equal("a", "b", "c");
        ReadAll(csv).Should().BeEquivalentTo(new (long, string[])[]
        {
            (2, ["x, y", "say \"hi\"", "plain"]),
            (3, ["two\nlines", "2", "3"]),
            (5, ["last", "spaced", "q"]),
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Line_ends_may_be_lf_crlf_or_cr_and_a_byte_order_mark_is_not_part_of_the_header()
    {
        using var csv = Reader("\uFEFFa,b\r1,2\r\n3,4\n5,");

        csv.Headers.Should().Equal("a", "b");
        ReadAll(csv).Select(r => string.Join("|", r.Fields)).Should().Equal("1|2", "3|4", "5|");
    }

    [Fact]
    public void Records_that_straddle_the_read_buffer_are_read_whole()
    {
        // Almost 2 MB, more than the 1 MB buffer, with long quoted fields to land across a refill.
        var text = new StringBuilder("id,text\n");
        for (var i = 0; i < 100_000; i++) text.Append(i).Append(",\"").Append(i % 1000 == 0 ? new string('z', 5000) : "row, " + i).Append("\"\n");
        using var csv = Reader(text.ToString());

        var rows = ReadAll(csv);
        rows.Should().HaveCount(100_000);
        rows[99_999].Fields.Should().Equal("99999", "row, 99999");
        rows[99_000].Fields[1].Should().HaveLength(5000);
        rows[99_999].Line.Should().Be(100_001);
    }

    [Fact]
    public void A_quote_left_open_is_an_error_that_names_its_line()
    {
        using var csv = Reader("a,b\n1,2\n3,\"never closed\n");

        csv.Read().Should().BeTrue();
        var act = () => csv.Read();
        act.Should().Throw<InvalidDataException>().WithMessage("line 3: a quoted field is never closed*");
    }

    [Fact]
    public void An_empty_file_has_no_header()
    {
        var act = () => Reader("");
        act.Should().Throw<InvalidDataException>().WithMessage("*empty*");
    }
}
