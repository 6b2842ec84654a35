namespace Casavi.GraphQL.Composition;

/// <summary>How <c>Gateway:TrustedDocuments</c> treats documents outside its manifest.</summary>
public enum TrustedDocumentMode
{
    /// <summary>No manifest is read.</summary>
    Off,

    /// <summary>Manifest documents may be sent by hash; any other document is still run.</summary>
    Allowed,

    /// <summary>Only manifest documents run (by hash or as text); everything else is refused before it is parsed.</summary>
    Only,
}
