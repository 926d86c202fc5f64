using System.ComponentModel.DataAnnotations;

namespace Connectors.Host.Routing;

/// <summary>
/// A route's <c>reply</c>: drafts an answer to each item it takes, from a Liquid template, for the item's own channel
/// to post (sources that can reply). Drafts wait for <c>replies approve</c> unless <see cref="SendDirectly"/>.
/// </summary>
public sealed class ReplyRouteOptions
{
    /// <summary>A Liquid file (relative to the configuration file) that renders the answer; its output is the text.</summary>
    [Required(ErrorMessage = "is required: the Liquid file that renders the reply")]
    public string Template { get; set; } = "";

    /// <summary>Post without an operator's approval.</summary>
    public bool SendDirectly { get; set; }
}
