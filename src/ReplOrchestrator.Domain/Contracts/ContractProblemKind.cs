namespace ReplOrchestrator.Domain.Contracts;

/// <summary>What is wrong with one part of a contract document; lets a host choose its answer.</summary>
/// <remarks>An HTTP host answers 413 for <see cref="BodyTooLarge"/> and 400 for every other kind.</remarks>
public enum ContractProblemKind
{
    /// <summary>The body is not well-formed UTF-8 JSON (or has a property twice in one object).</summary>
    MalformedJson,

    /// <summary>The body is larger than the configured limit; it was not read.</summary>
    BodyTooLarge,

    /// <summary>The <c>schema</c> field is missing or names another contract or version.</summary>
    UnsupportedSchema,

    /// <summary>A required field is missing or null.</summary>
    MissingField,

    /// <summary>A field has the wrong JSON type (for example a string where a number belongs).</summary>
    WrongType,

    /// <summary>A string is not one of the enum's documented values.</summary>
    UnknownEnumValue,

    /// <summary>A value breaks a rule of its own: an id's characters, a negative size, a port, a format.</summary>
    InvalidValue,

    /// <summary>Values contradict each other, for example more bytes uploaded than the disk holds.</summary>
    Inconsistent,

    /// <summary>Two entries of one list share an id that must be unique.</summary>
    Duplicate,

    /// <summary>A list holds more entries than the configured limit.</summary>
    LimitExceeded,

    /// <summary>A timestamp lies too far in the future or the past of the time the body was received.</summary>
    ClockSkew,
}
