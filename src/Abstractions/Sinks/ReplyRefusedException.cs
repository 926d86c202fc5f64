namespace Connectors.Abstractions;

/// <summary>The channel refuses a reply for good (its reply window closed, the review was deleted): not retried.</summary>
public sealed class ReplyRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReplyRefusedException()
    {
    }

    /// <summary>Creates the exception with the channel's reason.</summary>
    public ReplyRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the channel's reason and what caused it.</summary>
    public ReplyRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
