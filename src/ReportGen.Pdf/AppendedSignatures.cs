namespace ReportGen.Pdf;

/// <summary>One signature found in an update appended to a rendered PDF.</summary>
/// <param name="Field">The signed field's name (<c>signoff.approvals[0]</c>).</param>
/// <param name="Signer">The signer's name as the signature dictionary gives it (/Name), if it does.</param>
/// <param name="SigningTime">The signing time the signature dictionary claims (/M), if it does. It is what the
/// signer's machine said, not a trusted timestamp.</param>
/// <param name="Reason">The reason given when signing (/Reason), if any.</param>
/// <param name="CoversWholeFile">True when the signature's byte range reaches the end of the file; false when later
/// updates (another signature) follow it.</param>
public sealed record AppendedSignature(string Field, string? Signer, DateTimeOffset? SigningTime, string? Reason, bool CoversWholeFile);

/// <summary>What was appended to a rendered PDF after its original bytes: the signatures, and anything that makes the
/// appended part more than signatures (then the file does not verify).</summary>
/// <param name="Updates">Number of incremental updates appended.</param>
/// <param name="Signatures">Signatures of the document's own signature fields, in the order they were added.</param>
/// <param name="Problems">Why the appended part is not only signatures (a changed page, a deleted object, a new
/// signature field, unreadable syntax…); empty when it is.</param>
/// <param name="Notes">Harmless things worth saying (an update that changes only the document information).</param>
public sealed record AppendedSignatures(int Updates, IReadOnlyList<AppendedSignature> Signatures, IReadOnlyList<string> Problems,
    IReadOnlyList<string> Notes)
{
    /// <summary>True when everything appended is signatures of the document's fields (at least one).</summary>
    public bool OnlySignatures => Problems.Count == 0 && Signatures.Count > 0;
}
