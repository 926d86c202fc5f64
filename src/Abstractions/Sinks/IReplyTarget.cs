namespace Connectors.Abstractions;

/// <summary>A connector that can post an answer back to where the feedback came from.</summary>
public interface IReplyTarget
{
    /// <summary>Posts <paramref name="text"/> as the answer to the feedback item or thread with <paramref name="sourceId"/>.</summary>
    /// <returns>The channel's id of the posted answer.</returns>
    Task<string> ReplyAsync(string sourceId, string text, CancellationToken cancellationToken);
}
