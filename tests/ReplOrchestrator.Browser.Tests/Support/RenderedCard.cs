using Microsoft.Playwright;

namespace ReplOrchestrator.Browser.Tests.Support;

/// <summary>A card as the renderer drew it.</summary>
/// <param name="Element">The rendered card in the page, for screenshots.</param>
/// <param name="Text">Its visible text with whitespace runs folded to one space, as a reader would read it.</param>
/// <param name="Problems">What the renderer reported while parsing, validating and drawing, and any console error or warning.</param>
internal sealed record RenderedCard(ILocator Element, string Text, IReadOnlyList<string> Problems);
