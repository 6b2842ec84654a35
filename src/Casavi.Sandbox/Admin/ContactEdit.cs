namespace Casavi.Sandbox.Admin;

/// <summary>A change to a contact made in casavi by someone else: the fields given replace the contact's.</summary>
internal sealed record ContactEdit(string? LastName);
