namespace Casavi.Sandbox;

/// <summary>casavi's answer to a page past the last is not documented; the sandbox serves either kind.</summary>
public enum PastLastPage
{
    /// <summary>400 with "Page N is beyond the last page".</summary>
    BadRequest,

    /// <summary>200 with an empty list and no next link.</summary>
    Empty,
}
