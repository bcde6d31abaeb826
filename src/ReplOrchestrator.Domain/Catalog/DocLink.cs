namespace ReplOrchestrator.Domain.Catalog;

/// <summary>A link to the documentation behind an entry.</summary>
/// <param name="Title">What the page is.</param>
/// <param name="Url">An absolute https URL.</param>
public sealed record DocLink(string Title, string Url);
