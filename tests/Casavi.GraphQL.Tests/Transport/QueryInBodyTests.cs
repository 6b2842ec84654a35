using System.Text;
using Casavi.GraphQL.Transport;
using GraphQL;

namespace Casavi.GraphQL.Tests.Transport;

/// <summary>The query of a POST body is checked from its bytes, unescaped, before the body is deserialized.</summary>
public sealed class QueryInBodyTests
{
    private const int MaxLength = 1_000;

    [Fact]
    public void The_check_sees_the_query_unescaped()
    {
        var seen = Checked("""{"query":"{ node(id: \"x\u00e4\") { id } }\n"}""");

        Assert.Equal(["{ node(id: \"xä\") { id } }\n"], seen);
    }

    [Fact]
    public void Every_json_escape_is_decoded()
    {
        var seen = Checked("""{"query":"a\"b\\c\/d\b\f\n\r\t\u00e4\ud83d\ude00 ä😀 end"}""");

        Assert.Equal(["a\"b\\c/d\b\f\n\r\tä😀 ä😀 end"], seen);
    }

    [Fact]
    public void Only_top_level_queries_are_checked_each_of_them()
    {
        var seen = Checked("""{"variables":{"query":"nested"},"extensions":[{"query":"listed"}],"query":"first","query":"second"}""");

        Assert.Equal(["first", "second"], seen);
    }

    [Fact]
    public void White_space_around_the_colon_is_allowed()
    {
        Assert.Equal(["{ a }"], Checked("{ \"query\" :\r\n\t \"{ a }\" }"));
    }

    [Theory]
    [InlineData("""{"query":"{ a \x }"}""")]
    [InlineData("""{"query":"{ a \u12 }"}""")]
    [InlineData("""{"query":"{ a \u12G4 }"}""")]
    public void A_query_with_an_escape_json_does_not_know_is_left_to_the_full_read(string json)
    {
        Assert.Null(QueryInBody.Check(Encoding.UTF8.GetBytes(json), MaxLength, _ => throw new InvalidOperationException("checked")));
    }

    [Theory]
    [InlineData("""{"query":null}""")]
    [InlineData("""{"query":{"text":"{ a }"}}""")]
    [InlineData("""["query"]""")]
    [InlineData("""{"query":"{ a }""")]
    [InlineData("not json")]
    [InlineData("")]
    public void A_body_without_a_query_string_or_with_broken_json_is_left_to_the_full_read(string json)
    {
        var refused = new ExecutionError("refused");

        Assert.Null(QueryInBody.Check(Encoding.UTF8.GetBytes(json), MaxLength, _ => refused));
    }

    [Fact]
    public void The_check_s_refusal_is_returned()
    {
        var refused = new ExecutionError("refused");

        Assert.Same(refused, QueryInBody.Check("""{"query":"{ a }"}"""u8, MaxLength, _ => refused));
    }

    [Fact]
    public void A_query_over_the_length_limit_is_refused_as_too_long_before_it_is_checked()
    {
        var json = Encoding.UTF8.GetBytes($$"""{"query":"{{new string(' ', MaxLength)}}x"}""");

        var refused = Assert.Throws<TransportException>(() => QueryInBody.Check(json, MaxLength, _ => throw new InvalidOperationException("checked")));
        Assert.Equal("QUERY_TOO_LONG", refused.Error.Code);
    }

    private static List<string> Checked(string json)
    {
        var seen = new List<string>();
        Assert.Null(QueryInBody.Check(Encoding.UTF8.GetBytes(json), MaxLength, text =>
        {
            seen.Add(text.ToString());
            return null;
        }));
        return seen;
    }
}
