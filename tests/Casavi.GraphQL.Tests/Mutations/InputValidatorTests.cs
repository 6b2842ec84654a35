using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Tests.Mutations;

public sealed class InputValidatorTests
{
    [Fact]
    public void Nested_scopes_report_into_one_list_with_full_paths()
    {
        var check = new InputValidator();

        check.At("units", 3).Required(" ", "name");
        check.Required("ok", "title");
        check.MaxLength("abcd", 3, "title");

        Assert.Equal([["input", "units", "3", "name"], ["input", "title"]], check.Errors.Select(error => error.Path));
        Assert.All(check.Errors, error => Assert.IsType<ValidationError>(error));
    }

    [Theory]
    [InlineData("P-00451", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData(" P-1", false)]
    [InlineData("P-1\t", false)]
    [InlineData("P/1", false)]
    public void Reference_ids_follow_the_format(string id, bool valid)
    {
        var check = new InputValidator();

        check.ReferenceId(id, "id");

        Assert.Equal(valid, !check.HasErrors);
    }

    [Fact]
    public void A_reference_id_may_have_255_characters_but_not_256()
    {
        var check = new InputValidator();

        check.ReferenceId(new string('x', 255), "a");
        check.ReferenceId(new string('x', 256), "b");

        Assert.Equal(["input", "b"], Assert.Single(check.Errors).Path);
    }

    [Fact]
    public void Each_repeat_is_reported_at_its_own_index()
    {
        var check = new InputValidator();

        check.Unique(["a", "b", "a", "a"], "ids", StringComparer.Ordinal, itemField: "id");

        Assert.Equal([["input", "ids", "2", "id"], ["input", "ids", "3", "id"]], check.Errors.Select(error => error.Path));
        Assert.Contains("first at index 0", check.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_before_the_start_is_reported_at_the_end()
    {
        var start = new DateTimeOffset(2026, 12, 3, 17, 0, 0, TimeSpan.Zero);
        var check = new InputValidator();

        check.NotBefore(start, start, "same", "dateStart");
        check.NotBefore(null, start, "absent", "dateStart");
        check.NotBefore(start.AddMinutes(-1), start, "dateEnd", "dateStart");

        Assert.Equal(["input", "dateEnd"], Assert.Single(check.Errors).Path);
    }

    [Fact]
    public void The_body_size_is_measured_as_casavi_would_receive_it()
    {
        var check = new InputValidator();

        // "<" is escaped to \u003C by casavi's serializer settings: 6 bytes each, plus 11 for {"note":""}.
        check.MaxBodySize(new { note = new string('<', 10) }, 71, "body");
        check.MaxBodySize(new { note = new string('<', 10) }, 70, "body");

        Assert.Single(check.Errors);
    }

    [Fact]
    public void Blank_items_and_empty_lists_are_reported()
    {
        var check = new InputValidator();

        check.NoBlankItems(["a", " ", null], "ids");
        check.NotEmpty(Array.Empty<string>(), "others");

        Assert.Equal([["input", "ids", "1"], ["input", "ids", "2"], ["input", "others"]], check.Errors.Select(error => error.Path));
    }
}
