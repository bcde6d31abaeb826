namespace ReplOrchestrator.Domain.Configuration;

/// <summary>An options record that can say what is wrong with its values.</summary>
/// <remarks>
/// Hosts bind options from configuration and call <see cref="ValidatedOptionsExtensions.ThrowIfInvalid{T}"/>
/// once at start; the pure functions that take options then trust them and do not check again.
/// </remarks>
public interface IValidatedOptions
{
    /// <summary>Every rule the current values break, one sentence each; empty when all are valid.</summary>
    IReadOnlyList<string> Validate();
}
