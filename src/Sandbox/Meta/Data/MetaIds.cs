using System.Globalization;
using System.Text;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Meta.Data;

/// <summary>Ids shaped like Meta's, each a pure function of (seed, purpose, number) so a seed gives the same ids.</summary>
internal sealed class MetaIds(int seed)
{
    private static readonly ulong PsidStream = SandboxHash.Stream("meta/psid");
    private static readonly ulong IgsidStream = SandboxHash.Stream("meta/igsid");
    private static readonly ulong BsuidStream = SandboxHash.Stream("meta/bsuid");
    private static readonly ulong ThreadStream = SandboxHash.Stream("meta/thread");
    private static readonly ulong MessageStream = SandboxHash.Stream("meta/message");
    private long _messages;

    /// <summary>A page-scoped id of a person: 16 digits, different for the Page and the Instagram account.</summary>
    public string ScopedId(MetaChannel channel, long person) => channel switch
    {
        MetaChannel.Messenger => Digits(SandboxHash.Of(seed, PsidStream, person), 16, '2'),
        MetaChannel.Instagram => Digits(SandboxHash.Of(seed, IgsidStream, person), 16, '1'),
        _ => BusinessScopedUserId(person, "US"),
    };

    /// <summary>A WhatsApp business-scoped user id: the country code, a dot and digits (<c>US.13491208655302741918</c>).</summary>
    public string BusinessScopedUserId(long person, string country) =>
        country + "." + Digits(SandboxHash.Of(seed, BsuidStream, person), 20, '1');

    /// <summary>A conversation id: <c>t_</c> and digits on Messenger, an opaque base64 id on Instagram, <c>wa_</c> for WhatsApp's own.</summary>
    public string Conversation(MetaChannel channel, long person)
    {
        var h = SandboxHash.Of(seed, ThreadStream, person * 3 + (int)channel);
        return channel switch
        {
            MetaChannel.Messenger => "t_" + Digits(h, 17, '1'),
            MetaChannel.Instagram => Base64Url("ig_thread_" + Digits(h, 18, '3')),
            _ => "wa_" + Digits(h, 15, '5'),
        };
    }

    /// <summary>A new message id for the channel (<c>m_…</c> or <c>wamid.HBgL…</c>).</summary>
    public string NextMessage(MetaChannel channel, string customer)
    {
        var n = Interlocked.Increment(ref _messages);
        var h = SandboxHash.Of(seed, MessageStream, n);
        var noise = new StringBuilder(32);
        for (var i = 0; i < 4; i++)
        {
            noise.Append(SandboxHash.Mix(h + (ulong)i).ToString("X16", CultureInfo.InvariantCulture));
        }

        return channel == MetaChannel.WhatsApp
            ? "wamid.HBgL" + Base64Url(customer + "FQIAEhgU" + noise.ToString(0, 20)).TrimEnd('=') + "AA=="
            : "m_" + Base64Url(noise.ToString(0, 48) + n.ToString(CultureInfo.InvariantCulture));
    }

    private static string Digits(ulong hash, int length, char first)
    {
        var sb = new StringBuilder(length).Append(first);
        var h = hash;
        while (sb.Length < length)
        {
            sb.Append((char)('0' + (int)(h % 10)));
            h /= 10;
            if (h == 0)
            {
                h = SandboxHash.Mix(hash + (ulong)sb.Length);
            }
        }

        return sb.ToString();
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(text)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
