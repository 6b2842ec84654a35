namespace Casavi.GraphQL.Tests.Tickets;

/// <summary>casavi pages every list by 25; an empty list is still one page.</summary>
public static class CasaviPages
{
    public const int Size = 25;

    public static int For(int items) => Math.Max(1, (items + Size - 1) / Size);
}
