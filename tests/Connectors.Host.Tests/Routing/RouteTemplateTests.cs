using Connectors.Host.Configuration;
using Connectors.Host.Logging;
using Connectors.Host.Tests.Support;

namespace Connectors.Host.Tests.Routing;

/// <summary>A route's template is checked at validate: its syntax, and every variable it reads, each error with file, line and column.</summary>
public sealed class RouteTemplateTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private List<ConfigError> Validate(string template)
    {
        _dir.File("t.liquid", template);
        var path = _dir.File("connectors.json", """
            { "connectors": [ { "name": "helpdesk", "plugin": "zendesk", "options": { "subdomain": "acme", "email": "ops@acme.com", "apiToken": "t" } } ],
              "routes": [ { "name": "r", "to": "helpdesk", "template": "t.liquid" } ] }
            """);
        var errors = new List<ConfigError>();
        var config = ConfigFileReader.Read(path, errors)!;
        new ConfigValidator(TestHosts.Catalog(), new SecretResolver(new SecretRedactor(), _ => null, _dir.Path)).Validate(config, errors);
        return errors;
    }

    [Fact]
    public void A_syntax_error_names_the_file_line_and_column() =>
        Assert.Equal("$.routes[0].template: " + Path.Combine(_dir.Path, "t.liquid") + ":2:17: End of tag '}}' was expected at",
            Assert.Single(Validate("Hello\n{{ feedback.text \nbye")).ToString());

    [Fact]
    public void Unknown_variables_are_errors_with_what_the_model_has_instead()
    {
        var errors = Validate("{{ feedback.text }}\n  {{ feedback.txt }} {{ custmer.name }}\n{% for h in history %}{{ h.text }} {{ h.txet }}{% endfor %}");

        Assert.True(errors.Count == 3, string.Join("\n", errors));
        Assert.Contains(errors, e => e.Message.EndsWith("t.liquid:2:6: unknown variable 'feedback.txt'; feedback has key, source_id, connector, channel, kind, kind_label, title, text, body, rating, rating_raw, rating_scale, rating_label, order_id, product_id, language, occurred_at, updated_at, url, reply_state", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("t.liquid:2:25: unknown variable 'custmer'; the variables are feedback, annotations, customer, history, route, item", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("t.liquid:3:39: unknown variable 'h.txet'; h has key, occurred_at", StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_of_a_plain_value_is_an_error_but_a_texts_size_is_not()
    {
        var errors = Validate("{{ feedback.rating.stars }} {{ feedback.text.size }}");

        var error = Assert.Single(errors);
        Assert.EndsWith("unknown variable 'feedback.rating.stars'; feedback.rating is a value, not an object: it has no 'stars'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assigned_captured_and_looped_names_and_list_members_are_the_templates_own() =>
        Assert.Empty(Validate("""
            {% assign who = customer.name | default: "you" %}{% capture subject %}Hi {{ who }}{% endcapture %}
            {% if annotations.topics.size > 0 %}{{ annotations.topics.first }}{% endif %}{% for a in annotations.all %}{{ a.evidence }}{{ forloop.index }}{% endfor %}
            {{ customer.tags | join: ", " }} {{ route.name }} {{ item.idempotency_key }}
            """));
}
