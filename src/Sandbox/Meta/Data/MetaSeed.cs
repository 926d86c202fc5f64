using System.Globalization;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Meta.Data;

/// <summary>
/// The seeded conversations: the sandbox's people writing to the brand on WhatsApp, Messenger and Instagram in their
/// languages, a pure function of the seed. Conversation #k's last customer message is 1-20 hours before the end when
/// k mod 4 = 0 (inside the 24-hour window), 1-6.5 days before when 1 (HUMAN_AGENT only), 8-40 days when 2, anything up
/// to 60 days when 3. Conversation #1 of each channel carries every feature (quick reply, image, reply to a message),
/// WhatsApp #2 withholds the phone and WhatsApp #3 ends with a system message; Instagram #0 has 25 messages.
/// </summary>
internal sealed class MetaSeed(int seed, SandboxPeople people, MetaIds ids, MetaOptions options, long customers, DateTimeOffset end)
{
    private readonly HashSet<(MetaChannel, long)> _used = [];
    private readonly Lock _opening = new();
    private long _newMessages;

    public void Fill(MetaInbox inbox)
    {
        Fill(inbox, MetaChannel.WhatsApp, options.WhatsAppConversations);
        Fill(inbox, MetaChannel.Messenger, options.MessengerConversations);
        Fill(inbox, MetaChannel.Instagram, options.InstagramConversations);
    }

    /// <summary>A new customer message now, in an existing conversation of the channel (or a new one if it has none).</summary>
    public (MetaConversation Conversation, MetaMessage Message) NewInbound(MetaInbox inbox, MetaChannel channel, DateTimeOffset now)
    {
        var n = Interlocked.Increment(ref _newMessages);
        var r = new DeterministicRandom(seed, SandboxHash.Stream("meta/new/" + channel), n);
        var open = inbox.Of(channel);
        MetaConversation conversation;
        lock (_opening)
        {
            conversation = open.Count > 0 ? open[r.Next(open.Count)] : Open(inbox, channel, open.Count);
        }

        var person = people.Get(conversation.Contact.PersonIndex);
        var text = Opening(ref r, person.Language);
        var message = new MetaMessage(ids.NextMessage(channel, conversation.Contact.WaId ?? conversation.Contact.ScopedId), conversation.Id, true, now, MetaMessageKind.Text, text);
        inbox.Add(conversation, message);
        return (conversation, message);
    }

    private void Fill(MetaInbox inbox, MetaChannel channel, int count)
    {
        for (var k = 0; k < count; k++)
        {
            var conversation = Open(inbox, channel, k);
            foreach (var message in Script(conversation, k))
            {
                inbox.Add(conversation, message);
            }
        }
    }

    private MetaConversation Open(MetaInbox inbox, MetaChannel channel, int k)
    {
        var r = new DeterministicRandom(seed, SandboxHash.Stream("meta/contact/" + channel), k);
        var index = PickPerson(ref r, channel);
        var person = people.Get(index);
        var name = person.FirstName + " " + person.LastName;
        var handle = SandboxPeople.Fold(person.FirstName) + "." + SandboxPeople.Fold(person.LastName) + (index % 100).ToString(CultureInfo.InvariantCulture);
        MetaContact contact;
        if (channel == MetaChannel.WhatsApp)
        {
            var withheld = options.WithheldPhoneShare > 0 && k != 3 && (k == 2 || r.Chance(options.WithheldPhoneShare));
            contact = new MetaContact(channel, index, name, ids.BusinessScopedUserId(index, person.CountryCode),
                withheld ? null : person.PhoneE164![1..], withheld ? handle : null);
        }
        else
        {
            contact = new MetaContact(channel, index, name, ids.ScopedId(channel, index), null, channel == MetaChannel.Instagram ? handle : null);
        }

        return inbox.Open(ids.Conversation(channel, index), contact);
    }

    /// <summary>A person not yet on the channel, from the Shopify customers first (WhatsApp: one with a mobile).</summary>
    private long PickPerson(ref DeterministicRandom r, MetaChannel channel)
    {
        var pool = Math.Max(customers, 1);
        var start = r.Next((int)Math.Min(pool, int.MaxValue));
        for (long a = 0; ; a++)
        {
            var index = a < pool ? (start + a) % pool : a;
            if (_used.Contains((channel, index)) || channel == MetaChannel.WhatsApp && people.Get(index).PhoneE164 is null)
            {
                continue;
            }

            _used.Add((channel, index));
            return index;
        }
    }

    private List<MetaMessage> Script(MetaConversation conversation, int k)
    {
        var channel = conversation.Channel;
        var r = new DeterministicRandom(seed, SandboxHash.Stream("meta/script/" + channel), k);
        var language = people.Get(conversation.Contact.PersonIndex).Language;
        var phrases = MetaTexts.For(language);
        var lastInbound = end - (k % 4) switch
        {
            0 => TimeSpan.FromMinutes(r.Next(60, 20 * 60)),
            1 => TimeSpan.FromMinutes(r.Next(26 * 60, 156 * 60)),
            2 => TimeSpan.FromDays(8) + TimeSpan.FromMinutes(r.Next(32 * 24 * 60)),
            _ => TimeSpan.FromMinutes(r.Next(120, 60 * 24 * 60)),
        };
        IReadOnlyList<Step> steps = k == 1 ? Featured : Random(ref r, channel == MetaChannel.Instagram && k == 0 ? 25 : r.Next(1, 7));
        if (channel == MetaChannel.WhatsApp && k == 3)
        {
            steps = [.. steps, Step.System];
        }

        var at = lastInbound - TimeSpan.FromMinutes(7 * steps.Count);
        var customer = conversation.Contact.WaId ?? conversation.Contact.ScopedId;
        var messages = new List<MetaMessage>();
        string? lastBrand = null;
        foreach (var step in steps)
        {
            at += TimeSpan.FromMinutes(r.Next(1, 13));
            var id = ids.NextMessage(channel, customer);
            var message = step switch
            {
                Step.Opening => new MetaMessage(id, conversation.Id, true, at, MetaMessageKind.Text, Opening(ref r, language)),
                Step.Brand => new MetaMessage(id, conversation.Id, false, at, MetaMessageKind.Text, r.Pick(phrases.BrandReplies)),
                Step.QuickReply => QuickReply(id, conversation, at, ref r, phrases),
                Step.Image => new MetaMessage(id, conversation.Id, true, at, MetaMessageKind.Image, r.Chance(0.5) ? SandboxText.Feedback(language, 1, r.NextUInt64()) : null, Attachment(channel, ref r)),
                Step.ReplyTo => new MetaMessage(id, conversation.Id, true, at, MetaMessageKind.Text, r.Pick(phrases.Questions), ReplyToId: lastBrand),
                _ => SystemMessage(id, conversation, at, ref r),
            };
            lastBrand = message.FromCustomer ? lastBrand : message.Id;
            messages.Add(message);
        }

        // The last customer message sets the window: move the script so it lands on the drawn time.
        var shift = lastInbound - messages.Last(m => m.FromCustomer && m.Kind != MetaMessageKind.System).At;
        return [.. messages.Select(m => m with { At = m.At + shift })];
    }

    private static readonly IReadOnlyList<Step> Featured = [Step.Opening, Step.Brand, Step.QuickReply, Step.Brand, Step.Image, Step.Brand, Step.ReplyTo];

    private static List<Step> Random(ref DeterministicRandom r, int count)
    {
        var steps = new List<Step> { Step.Opening };
        while (steps.Count < count)
        {
            var afterBrand = steps[^1] == Step.Brand;
            steps.Add(!afterBrand && r.Chance(0.6) ? Step.Brand
                : afterBrand && r.Chance(0.25) ? Step.QuickReply
                : r.Chance(0.2) ? Step.Image
                : afterBrand && r.Chance(0.3) ? Step.ReplyTo
                : Step.Opening);
        }

        // A conversation always ends with the customer, so its window is where the schedule says.
        if (steps[^1] == Step.Brand)
        {
            steps[^1] = Step.Opening;
        }

        return steps;
    }

    private static string Opening(ref DeterministicRandom r, string language)
    {
        var variant = r.NextUInt64();
        return r.Next(4) switch
        {
            0 => SandboxText.Feedback(language, 1, variant),
            1 => MetaTexts.For(language).Questions[(int)(variant % (ulong)MetaTexts.For(language).Questions.Length)],
            2 => SandboxText.Feedback(language, 5, variant),
            _ => SandboxText.Feedback(language, 3, variant),
        };
    }

    private static MetaMessage QuickReply(string id, MetaConversation conversation, DateTimeOffset at, ref DeterministicRandom r, ChatPhrases phrases)
    {
        var choice = r.Next(phrases.QuickReplies.Length);
        return new MetaMessage(id, conversation.Id, true, at, MetaMessageKind.Text, phrases.QuickReplies[choice], QuickReplyPayload: MetaTexts.QuickReplyPayloads[choice]);
    }

    private static string Attachment(MetaChannel channel, ref DeterministicRandom r)
    {
        var n = r.NextUInt64() % 9_000_000_000_000_000UL + 1_000_000_000_000_000UL;
        var digits = n.ToString(CultureInfo.InvariantCulture);

        // WhatsApp sends a media id to download; Messenger and Instagram a CDN URL.
        return channel == MetaChannel.WhatsApp ? digits : $"https://scontent.xx.fbcdn.net/v/t1.15752-9/{digits}_n.jpg";
    }

    private MetaMessage SystemMessage(string id, MetaConversation conversation, DateTimeOffset at, ref DeterministicRandom r)
    {
        var person = people.Get(conversation.Contact.PersonIndex);
        var profile = CountryProfiles.All.First(c => c.Code == person.CountryCode);
        var (newNumber, _) = profile.Phone(ref r);
        var body = $"User {conversation.Contact.Name} changed from {person.PhoneE164} to {newNumber}";
        return new MetaMessage(id, conversation.Id, true, at.AddMinutes(30), MetaMessageKind.System, body, NewWaId: newNumber[1..]);
    }

    private enum Step
    {
        Opening,
        Brand,
        QuickReply,
        Image,
        ReplyTo,
        System,
    }
}
